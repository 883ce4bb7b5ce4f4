import AllotModel

/// The columns of `allocations`: one row per amount cell.
public enum AllocationColumns {
    /// notice_id.
    public static let noticeID = NoticeColumns.noticeID
    /// table_no: 1-based table number.
    public static let tableNo = DatasetColumn(
        "table_no", .integer, required: true, minimum: 1, formerNames: ["table"],
        zh: "分配表在通知中的序号（从 1 起）。", en: "1-based number of the table in the notice.")
    /// row_no: 1-based printed row order.
    public static let rowNo = DatasetColumn(
        "row_no", .integer, required: true, minimum: 1, formerNames: ["row"],
        zh: "数据行在表中的印刷顺序（从 1 起）。", en: "1-based printed order of the data row in the table.")
    /// column_no: 1-based amount column order; with notice_id, table_no and row_no it identifies the cell.
    public static let columnNo = DatasetColumn(
        "column_no", .integer, required: true, minimum: 1,
        zh: "金额列在表中的顺序（从 1 起）；notice_id、table_no、row_no、column_no 共同唯一标识一个单元格。",
        en: "1-based order of the amount column in the table; notice_id, table_no, row_no and column_no identify the cell.")
    /// page.
    public static let page = DatasetColumn("page", .integer, required: true, minimum: 1, zh: "该行所在页码。",
                                           en: "Page the row is printed on.")
    /// level: total, subtotal, item or group.
    public static let level = DatasetColumn(
        "level", required: true,
        labels: RowLevel.allCases.map { DatasetColumn.Label($0.rawValue, levelLabels[$0] ?? $0.rawValue) },
        isEnumeration: true,
        zh: "层级：total 合计，subtotal 小计，item 明细，group 分组标题（无金额）。",
        en: "Level: total, subtotal, item, or group (a heading over its items, without amounts).")
    /// name: normalized row label.
    public static let name = DatasetColumn("name", zh: "行名称：去除填充空格，NFKC 及部首规范化（盂县、太原市小计）。",
                                           en: "Printed row label without padding, NFKC and radical-normalized.")
    /// region the row is about.
    public static let region = DatasetColumn("region", zh: "该行所指地区（盂县、太原市、山西省）。", en: "Region the row is about.")
    /// division_code (GB/T 2260).
    public static let divisionCode = DatasetColumn("division_code", pattern: "[0-9]{6}",
                                                   zh: "地区的 GB/T 2260 行政区划代码，未确定时为空。",
                                                   en: "GB/T 2260 division code of the region; empty when not resolved.")
    /// parent_code (GB/T 2260).
    public static let parentCode = DatasetColumn("parent_code", pattern: "[0-9]{6}", zh: "上级地区的 GB/T 2260 代码，无时为空。",
                                                 en: "GB/T 2260 code of the parent region; empty when none.")
    /// column_name: leaf header of the amount column.
    public static let columnName = DatasetColumn("column_name", formerNames: ["column"], zh: "金额列的末级表头（中央资金）。",
                                                 en: "Leaf header of the amount column.")
    /// amount: exact decimal text.
    public static let amount = DatasetColumn(
        "amount", .number,
        zh: "金额：按原文的精确十进制数，小数点为“.”，无千分位分隔符；空白或横线单元格为空。请按十进制解析，勿转为二进制浮点数。",
        en: "Amount exactly as printed: decimal with '.' as decimal mark and no grouping separators; "
            + "empty for an empty or dash cell. Parse as a decimal, not as binary floating point.")
    /// unit of the table.
    public static let unit = DatasetColumn("unit", zh: "金额单位（万元）。", en: "Unit of the amounts (万元).")
    /// remark cell.
    public static let remark = DatasetColumn("remark", zh: "备注。", en: "Remark cell.")
    /// division_match: how the code was found.
    public static let divisionMatch = DatasetColumn(
        "division_match",
        zh: "区划代码的确定方式：exact 名称一致，suffix_omitted 省略后缀，suffix_changed 后缀不同，"
            + "inferred 由下属各县推定，alias:旧名 经更名表（如 alias:大同县）；未确定时为空。",
        en: "How division_code was found: exact, suffix_omitted, suffix_changed, inferred (from its "
            + "items), or alias:OLD_NAME through the rename table (alias:大同县); empty when unresolved.")
    /// raw_name: the label as the text layer carries it.
    public static let rawName = DatasetColumn(
        "raw_name", zh: "行名称的原始文本层字符（含填充空格、部首字符，如“⽅⼭县”“盂  县”）。",
        en: "The row label exactly as the text layer carries it (padding, radical code points: ⽅⼭县, 盂  县).")
    /// table_title printed above the table.
    public static let tableTitle = DatasetColumn("table_title", zh: "分配表标题（提前下达2023年…计划表）。",
                                                 en: "Title printed above the table.")
    /// attachment label of the table.
    public static let attachment = DatasetColumn(
        "attachment", zh: "分配表所在附件的标签（附件、附件1），对应 notices.attachments 中的条目；无附件标签时为空。",
        en: "Label of the attachment the table is printed in (附件, 附件1), matching an entry of "
            + "notices.attachments; empty when the table has no attachment label.")

    /// In order.
    public static let all = [
        noticeID, tableNo, rowNo, columnNo, page, level, name, region, divisionCode, parentCode, columnName, amount, unit,
        remark, divisionMatch, rawName, tableTitle, attachment,
    ]

    private static let levelLabels: [RowLevel: String] = [.total: "合计", .subtotal: "小计", .item: "明细", .group: "分组标题"]

    /// The cells of `notice`: tables in index order, rows in number order, columns in printed order.
    static func records(_ notice: Notice) -> [DatasetRecord] {
        var records: [DatasetRecord] = []
        for table in notice.tables.sorted(by: { $0.index < $1.index }) {
            for row in table.rows.sorted(by: { $0.number < $1.number }) {
                for (index, column) in table.amountColumns.enumerated() {
                    let cell = index < row.amounts.count ? row.amounts[index] : nil
                    var record = DatasetRecord(.allocations)
                    record[noticeID] = .text(notice.id)
                    record[tableNo] = .integer(table.index)
                    record[rowNo] = .integer(row.number)
                    record[columnNo] = .integer(index + 1)
                    record[page] = .integer(row.page)
                    record[level] = .text(row.level.rawValue)
                    record[name] = .text(row.name)
                    record[region] = .text(row.region)
                    record[divisionCode] = .text(row.divisionCode)
                    record[parentCode] = .text(row.parentCode)
                    record[columnName] = .text(column.name)
                    record[amount] = cell.map { .text($0.text) } ?? .null
                    record[unit] = .text(table.unit)
                    record[remark] = .text(row.remark)
                    record[divisionMatch] = .text(row.divisionMatch?.description ?? "")
                    record[rawName] = .text(row.rawName)
                    record[tableTitle] = .text(table.title)
                    record[attachment] = .text(table.attachment)
                    records.append(record)
                }
            }
        }
        return records
    }
}
