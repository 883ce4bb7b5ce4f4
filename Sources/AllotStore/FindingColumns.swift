import AllotModel
import Foundation

/// The columns of `findings`: one row per finding. The shape of a finding is `AllotModel.Finding`; these
/// columns are its flat form, written by `records` and read back by `finding(_:)`.
public enum FindingColumns {
    /// notice_id.
    public static let noticeID = NoticeColumns.noticeID
    /// finding_no: 1-based order of the finding in its notice; with notice_id it identifies the finding.
    public static let findingNo = DatasetColumn(
        "finding_no", .integer, required: true, minimum: 1,
        zh: "核对发现在通知中的序号（从 1 起）；notice_id 与 finding_no 共同唯一标识一项发现。",
        en: "1-based number of the finding in its notice; notice_id and finding_no identify the finding.")
    /// table_no: empty for the whole notice.
    public static let tableNo = DatasetColumn(
        "table_no", .integer, minimum: 1, formerNames: ["table"],
        zh: "分配表序号；涉及整份通知（无表、页面损坏、来源冲突）时为空（旧数据集为 0）。",
        en: "1-based number of the table; empty when the finding concerns the whole notice (0 in older datasets)."
    ).emptyWhenZero()
    /// row_no: empty for the whole table.
    public static let rowNo = DatasetColumn(
        "row_no", .integer, minimum: 1, formerNames: ["row"],
        zh: "所涉数据行序号；涉及全表或整份通知时为空（旧数据集为 0）。",
        en: "Row the finding is about; empty for the whole table or notice (0 in older datasets)."
    ).emptyWhenZero()
    /// page: empty when unknown.
    public static let page = DatasetColumn(
        "page", .integer, minimum: 1, zh: "所在页码；未知或涉及整份通知时为空（旧数据集为 0）。",
        en: "Page the row is printed on; empty when unknown or for the whole notice (0 in older datasets)."
    ).emptyWhenZero()
    /// finding_id: stable id.
    public static let findingID = DatasetColumn(
        "finding_id", pattern: "f[0-9a-f]{16}",
        zh: "核对发现的稳定标识（f 加 16 位十六进制），由通知、规则、表序号、金额列、行名称和说明得出，"
            + "重新生成数据集时不变。",
        en: "Stable id of the finding (f + 16 hex digits), from its notice, check, table, column, row label and "
            + "message: the same when the dataset is regenerated; for citing and joining."
    ).backfilled(by: "''")
    /// name: row label.
    public static let name = DatasetColumn("name", zh: "行名称。", en: "Row label.")
    /// column_name: the amount column concerned.
    public static let columnName = DatasetColumn("column_name", formerNames: ["column"], zh: "所涉金额列，不针对单列时为空。",
                                                 en: "Amount column concerned; empty when not about one column.")
    /// check_name: the rule.
    public static let checkName = DatasetColumn(
        "check_name", required: true, labels: FindingCheck.labels, isEnumeration: true, formerNames: ["check"],
        zh: "规则名（subtotal、total、crossfoot、duplicate_row 等）。", en: "Name of the rule (subtotal, total, crossfoot, duplicate_row, …).")
    /// severity: error, warning or note.
    public static let severity = DatasetColumn(
        "severity", required: true, labels: FindingCheck.severities, isEnumeration: true,
        zh: "严重程度：error 错误（数字不符或数据缺失），warning 警告（表格结构或名称存疑），note 提示（不计为发现）。",
        en: "Severity: error (a number does not hold, or data is missing), warning (a doubtful table shape or "
            + "name), or note (not counted as a finding)."
    ).backfilled(by: FindingCheck.severitySQL(column: "check_name"))
    /// stated: the printed value.
    public static let stated = DatasetColumn("stated", .number, zh: "印刷值（算术核对）。", en: "Printed value, for arithmetic checks.")
    /// computed: the exact sum of the parts.
    public static let computed = DatasetColumn("computed", .number, zh: "各组成部分的精确合计（算术核对）。",
                                               en: "Exact sum of the parts, for arithmetic checks.")
    /// difference: stated − computed.
    public static let difference = DatasetColumn("difference", .number, zh: "印刷值减计算值。", en: "Printed minus computed value.")
    /// message: the explanation.
    public static let message = DatasetColumn("message", zh: "说明（英文）。", en: "Explanation, in English.")
    /// message_zh: the explanation in Chinese.
    public static let messageZH = DatasetColumn(
        "message_zh", zh: "说明（中文）。", en: "Explanation, in Chinese (values given by the check, such as a reason, "
            + "may stay in English)."
    ).backfilled(by: "''")

    /// related_table_no: the table of the second place (0 for a sentence of the body text).
    public static let relatedTableNo = DatasetColumn(
        "related_table_no", .integer, minimum: 0,
        zh: "涉及两处的发现（表间、文表）中第二处所在表序号；正文句子为 0；只涉及一处时为空。",
        en: "Table of the second place of a finding about two places (0 for a sentence of the body text); "
            + "empty for a finding about one place.")
    /// related_row_no: its row.
    public static let relatedRowNo = DatasetColumn("related_row_no", .integer, minimum: 0,
                                                   zh: "第二处的数据行序号；正文句子为 0。",
                                                   en: "Row of the second place; 0 for a sentence.")
    /// related_page: its page.
    public static let relatedPage = DatasetColumn("related_page", .integer, minimum: 0, zh: "第二处所在页码。",
                                                  en: "Page of the second place.")
    /// related_name: its row label or subject.
    public static let relatedName = DatasetColumn("related_name", zh: "第二处的行名称或句子所述对象。",
                                                  en: "Row label of the second place, or what its sentence is about.")
    /// related_column_name: its column.
    public static let relatedColumnName = DatasetColumn("related_column_name", zh: "第二处的金额列。",
                                                        en: "Amount column of the second place.")
    /// related_value: the value printed there.
    public static let relatedValue = DatasetColumn("related_value", .number, zh: "第二处的印刷值（按其自身单位）。",
                                                   en: "Value printed at the second place, in its own unit.")
    /// quote: the sentence of the body text.
    public static let quote = DatasetColumn("quote", zh: "文表核对所引正文句子。",
                                            en: "The sentence of the body text a text/table finding quotes.")

    /// The second place of a finding about two places: columns added after the first datasets,
    /// read as empty from files written before them.
    public static let related = [relatedTableNo, relatedRowNo, relatedPage, relatedName, relatedColumnName,
                                 relatedValue, quote]

    /// In order.
    public static let all = [
        noticeID, findingNo, tableNo, rowNo, page, name, columnName, checkName, severity, stated, computed, difference,
        message, findingID, messageZH, relatedTableNo, relatedRowNo, relatedPage, relatedName, relatedColumnName,
        relatedValue, quote,
    ]

    /// The findings of `notice`, in its order.
    static func records(_ notice: Notice) -> [DatasetRecord] {
        notice.findings.enumerated().map { index, finding in record(finding, number: index + 1, of: notice.id) }
    }

    /// The row of one finding.
    public static func record(_ finding: Finding, number: Int, of id: String) -> DatasetRecord {
        var record = DatasetRecord(.findings)
        record[noticeID] = .text(id)
        record[findingNo] = .integer(number)
        record[tableNo] = finding.table > 0 ? .integer(finding.table) : .null
        record[rowNo] = finding.row > 0 ? .integer(finding.row) : .null
        record[page] = finding.page > 0 ? .integer(finding.page) : .null
        record[name] = .text(finding.name)
        record[columnName] = .text(finding.column)
        record[checkName] = .text(FindingCheck.name(finding))
        record[severity] = .text(FindingCheck.severity(finding))
        record[stated] = DatasetValue(finding.stated)
        record[computed] = DatasetValue(finding.computed)
        record[difference] = DatasetValue(finding.difference)
        record[message] = .text(finding.message)
        record[findingID] = .text(finding.stableID(notice: id))
        record[messageZH] = .text(finding.messageZH)
        let related = finding.related
        record[relatedTableNo] = related.map { .integer($0.table) } ?? .null
        record[relatedRowNo] = related.map { .integer($0.row) } ?? .null
        record[relatedPage] = related.map { .integer($0.page) } ?? .null
        record[relatedName] = .text(related?.name ?? "")
        record[relatedColumnName] = .text(related?.column ?? "")
        record[relatedValue] = DatasetValue(related?.value)
        record[quote] = .text(related?.quote ?? "")
        return record
    }

    /// The finding a findings.csv row holds.
    public static func finding(_ row: DatasetRow) throws(StoreError) -> Finding {
        guard let check = FindingCheck.check(named: row[checkName]) else {
            throw row.malformed("\(checkName.name) names no known check: \(row[checkName])")
        }
        var related: FindingLocation?
        if !row[relatedTableNo].isEmpty {
            related = FindingLocation(table: try row.integer(relatedTableNo), row: try row.integer(relatedRowNo),
                                      page: try row.integer(relatedPage), name: row[relatedName],
                                      column: row[relatedColumnName], value: try row.decimal(relatedValue),
                                      quote: row[quote])
        }
        return Finding(stored: check, table: try row.integerOrZero(tableNo), row: try row.integerOrZero(rowNo),
                       page: try row.integerOrZero(page), name: row[name], column: row[columnName],
                       stated: try row.decimal(stated), computed: try row.decimal(computed), message: row[message],
                       messageZH: row[messageZH], related: related)
    }
}
