import AllotModel

/// The columns of `relations`: one row per instance of a relation a table was checked by (a sum
/// cell against its parts), with how it came out, so what allot checked, and what it left alone
/// and why, can be read beside the findings.
public enum RelationColumns {
    /// notice_id.
    public static let noticeID = NoticeColumns.noticeID
    /// table_no.
    public static let tableNo = DatasetColumn(
        "table_no", .integer, required: true, minimum: 1, zh: "表在通知中的序号（从 1 起）。",
        en: "1-based number of the table in the notice.")
    /// relation_no: 1-based order within the table.
    public static let relationNo = DatasetColumn(
        "relation_no", .integer, required: true, minimum: 1,
        zh: "核对关系在表中的顺序（从 1 起）；notice_id、table_no、relation_no 共同唯一标识一条。",
        en: "1-based order of the checked relation in its table; notice_id, table_no and relation_no identify it.")
    /// relation_kind.
    public static let relationKind = DatasetColumn(
        "relation_kind", required: true,
        labels: RelationCheck.Kind.allCases.map { DatasetColumn.Label($0.rawValue, kindLabels[$0] ?? $0.rawValue) },
        isEnumeration: true,
        zh: "关系类型：vertical_label 按行名称的纵向合计，vertical_code 按科目编码，vertical_numbering 按序号，"
            + "vertical_indentation 按缩进，breakdown 其中行（不超过所属行），horizontal 横向（合计 = 各组成列），"
            + "balance 收支总表两侧总计相等。",
        en: "Kind of relation: vertical sums whose parts were placed by label, code, numbering or indentation; "
            + "breakdown (其中 rows, at most the row they break down); horizontal (a sum column against its "
            + "header group in the row); balance (the two totals of a 收支总表).")
    /// row_no of the sum.
    public static let rowNo = DatasetColumn(
        "row_no", .integer, required: true, minimum: 1, zh: "印有合计数的行（对应 allocations.row_no）。",
        en: "Row holding the printed sum (allocations.row_no).")
    /// page of that row.
    public static let page = DatasetColumn("page", .integer, required: true, minimum: 1, zh: "该行所在页码。",
                                           en: "Page that row is printed on.")
    /// name of that row.
    public static let name = DatasetColumn("name", zh: "该行名称。", en: "Label of that row.")
    /// column_no of the sum.
    public static let columnNo = DatasetColumn(
        "column_no", .integer, required: true, minimum: 1, zh: "合计数所在金额列（对应 allocations.column_no）。",
        en: "Amount column of the printed sum (allocations.column_no).")
    /// column_name: leaf header.
    public static let columnName = DatasetColumn("column_name", zh: "该金额列的末级表头。", en: "Leaf header of that column.")
    /// column_path: full header path.
    public static let columnPath = DatasetColumn("column_path", zh: "该金额列的完整表头路径，以“ › ”连接。",
                                                 en: "Full header path of that column, joined by ' › '.")
    /// part_rows: the rows summed.
    public static let partRows = DatasetColumn(
        "part_rows", pattern: "[0-9]+( [0-9]+)*",
        zh: "参与求和的行号，以空格分隔（纵向：各组成行；横向：本行；收支平衡：另一侧总计行）。",
        en: "Rows summed, space-separated (vertical: the parts; horizontal: the row itself; balance: the other "
            + "side's total).")
    /// part_columns: the columns summed.
    public static let partColumns = DatasetColumn(
        "part_columns", pattern: "[0-9]+( [0-9]+)*",
        zh: "参与求和的金额列号，以空格分隔（横向：各组成列；纵向：本列）。",
        en: "Amount columns summed, space-separated (horizontal: the part columns; vertical: the sum's own column).")
    /// stated: the printed sum.
    public static let stated = DatasetColumn("stated", .number, zh: "印刷的合计数；空白时为空。",
                                             en: "The printed sum; empty when printed blank.")
    /// computed: the exact sum of the printed parts.
    public static let computed = DatasetColumn("computed", .number, zh: "各组成部分印刷值的精确合计。",
                                               en: "Exact sum of the printed parts.")
    /// difference: stated − computed.
    public static let difference = DatasetColumn("difference", .number, zh: "印刷值减计算值。",
                                                 en: "Printed minus computed value.")
    /// status.
    public static let status = DatasetColumn(
        "status", required: true,
        labels: RelationCheck.Status.allCases.map { DatasetColumn.Label($0.rawValue, statusLabels[$0] ?? $0.rawValue) },
        isEnumeration: true,
        zh: "结果：holds 成立，fails 不成立（对应一项核对发现），rounding 仅差舍入，not_checked 未核对（原因见 reason）。",
        en: "Outcome: holds, fails (a finding reports it), rounding (off only by rounding), or not_checked "
            + "(see reason).")
    /// reason.
    public static let reason = DatasetColumn("reason", zh: "未核对的原因或补充说明。",
                                             en: "Why it was not checked, or a remark.")

    /// In order.
    public static let all = [
        noticeID, tableNo, relationNo, relationKind, rowNo, page, name, columnNo, columnName, columnPath, partRows,
        partColumns, stated, computed, difference, status, reason,
    ]

    private static let kindLabels: [RelationCheck.Kind: String] = [
        .verticalLabel: "按行名称纵向合计", .verticalCode: "按科目编码纵向合计", .verticalNumbering: "按序号纵向合计",
        .verticalIndentation: "按缩进纵向合计", .breakdown: "其中行", .horizontal: "横向合计", .balance: "收支平衡",
    ]
    private static let statusLabels: [RelationCheck.Status: String] = [
        .holds: "成立", .fails: "不成立", .rounding: "舍入差", .notChecked: "未核对",
    ]

    /// The checked relations of `notice`: tables in index order, each in the order it was checked.
    static func records(_ notice: Notice) -> [DatasetRecord] {
        var records: [DatasetRecord] = []
        for table in notice.tables.sorted(by: { $0.index < $1.index }) {
            for (index, check) in table.relationChecks.enumerated() {
                let column = table.amountColumns.indices.contains(check.column) ? table.amountColumns[check.column] : nil
                var record = DatasetRecord(.relations)
                record[noticeID] = .text(notice.id)
                record[tableNo] = .integer(table.index)
                record[relationNo] = .integer(index + 1)
                record[relationKind] = .text(check.kind.rawValue)
                record[rowNo] = .integer(check.row)
                record[page] = .integer(check.page)
                record[name] = .text(check.name)
                record[columnNo] = .integer(check.column + 1)
                record[columnName] = .text(check.columnName)
                record[columnPath] = .text(column?.pathText ?? check.columnName)
                record[partRows] = .text(check.partRows.map(String.init).joined(separator: " "))
                record[partColumns] = .text(check.partColumns.map { String($0 + 1) }.joined(separator: " "))
                record[stated] = DatasetValue(check.stated)
                record[computed] = DatasetValue(check.computed)
                record[difference] = DatasetValue(check.stated.flatMap { stated in check.computed.map { stated - $0 } })
                record[status] = .text(check.status.rawValue)
                record[reason] = .text(check.reason)
                records.append(record)
            }
        }
        return records
    }
}
