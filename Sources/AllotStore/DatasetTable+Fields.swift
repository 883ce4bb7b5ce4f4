import AllotModel

// The field lists of the dataset tables, with their bilingual descriptions. The CSV header, the SQLite
// export query and the data package schema are all read from here, so they cannot drift apart.
extension DatasetTable {
    static let noticeID = DatasetField(
        "notice_id", required: true,
        zh: "通知标识：规范化发文字号（晋乡振发〔2022〕125号）；未印文号时为 sha256: 加源文件哈希前 16 位。",
        en: "Notice identifier: the normalized document number, or sha256: plus the first 16 hex digits of "
            + "the source file's hash when none is printed.")

    static let noticeFields: [DatasetField] = [
        noticeID,
        DatasetField("doc_number", zh: "发文字号（规范化），未找到时为空。",
                     en: "Document number, normalized; empty when none was found."),
        DatasetField("issuer", zh: "发文机关（发文机关标志，不含“文件”）。",
                     en: "Issuing authority from the masthead, without the trailing 文件."),
        DatasetField("title", zh: "公文标题。", en: "Title of the notice."),
        DatasetField("date", .date, zh: "成文日期，ISO 8601。", en: "Date of issue, ISO 8601."),
        DatasetField("source_file", required: true, zh: "源文件路径（按读取时给出的写法）。",
                     en: "Path of the source file as it was given to allot."),
        DatasetField("source_sha256", required: true, pattern: "[0-9a-f]{64}",
                     zh: "源文件的 SHA-256（小写十六进制）。", en: "SHA-256 of the source file, lower-case hex."),
        DatasetField("pages", column: "page_count", .integer, required: true, minimum: 0,
                     zh: "源文件页数。", en: "Number of pages of the source file."),
        DatasetField("tables", column: "table_count", .integer, required: true, minimum: 0,
                     zh: "分配表数量。", en: "Number of allocation tables."),
        DatasetField("rows", column: "row_count", .integer, required: true, minimum: 0,
                     zh: "各分配表数据行总数。", en: "Number of data rows over all tables."),
        DatasetField("findings", column: "finding_count", .integer, required: true, minimum: 0,
                     zh: "核对发现数量。", en: "Number of findings."),
        DatasetField("agency_code", zh: "发文字号中的机关代字（晋乡振发）。",
                     en: "Agency code of the document number (晋乡振发)."),
        DatasetField("doc_year", pattern: "[0-9]{4}", zh: "发文字号中的年份。",
                     en: "Year of the document number."),
        DatasetField("doc_serial", zh: "发文字号中的序号。", en: "Serial of the document number."),
        DatasetField("signature", zh: "发文机关署名。", en: "Signature of the issuing authority."),
        DatasetField("addressees", zh: "主送机关。", en: "Addressees (主送机关)."),
        DatasetField("fund_year", pattern: "[0-9]{4}", zh: "表题所述资金年度（提前下达2023年… → 2023）。",
                     en: "Fund year stated by the table title."),
        DatasetField("fund_name", zh: "表题所述资金名称。", en: "Fund name stated by the table title."),
        DatasetField("attachments", zh: "附件说明：各项写作“标签：标题”，以“；”分隔。",
                     en: "Attachment list: entries written label：title, separated by ；."),
        DatasetField("disclosure", zh: "公开属性（此件公开发布等），不含括号。",
                     en: "Disclosure note (此件公开发布 …), without brackets."),
        DatasetField("copy_to", zh: "抄送机关，不含“抄送：”。", en: "Copy-to line, without the 抄送： lead-in."),
        DatasetField("print_line", zh: "印发机关和印发日期。", en: "Print line: printing office and date."),
    ]

    static let allocationFields: [DatasetField] = [
        noticeID,
        DatasetField("table", column: "table_no", .integer, required: true, minimum: 1,
                     zh: "分配表在通知中的序号（从 1 起）。", en: "1-based number of the table in the notice."),
        DatasetField("row", column: "row_no", .integer, required: true, minimum: 1,
                     zh: "数据行在表中的印刷顺序（从 1 起）。", en: "1-based printed order of the data row in the table."),
        DatasetField("page", .integer, required: true, minimum: 1, zh: "该行所在页码。",
                     en: "Page the row is printed on."),
        DatasetField("level", required: true, values: RowLevel.allCases.map(\.rawValue),
                     zh: "层级：total 合计，subtotal 小计，item 明细，group 分组标题（无金额）。",
                     en: "Level: total, subtotal, item, or group (a heading over its items, without amounts)."),
        DatasetField("name", zh: "行名称：去除填充空格，NFKC 及部首规范化（盂县、太原市小计）。",
                     en: "Printed row label without padding, NFKC and radical-normalized."),
        DatasetField("region", zh: "该行所指地区（盂县、太原市、山西省）。", en: "Region the row is about."),
        DatasetField("division_code", pattern: "[0-9]{6}", zh: "地区的 GB/T 2260 行政区划代码，未确定时为空。",
                     en: "GB/T 2260 division code of the region; empty when not resolved."),
        DatasetField("parent_code", pattern: "[0-9]{6}", zh: "上级地区的 GB/T 2260 代码，无时为空。",
                     en: "GB/T 2260 code of the parent region; empty when none."),
        DatasetField("column", column: "column_name", zh: "金额列的末级表头（中央资金）。",
                     en: "Leaf header of the amount column."),
        DatasetField("amount", .number,
                     zh: "金额：按原文的精确十进制数，小数点为“.”，无千分位分隔符；空白或横线单元格为空。请按十进制解析，勿转为二进制浮点数。",
                     en: "Amount exactly as printed: decimal with '.' as decimal mark and no grouping separators; "
                         + "empty for an empty or dash cell. Parse as a decimal, not as binary floating point."),
        DatasetField("unit", zh: "金额单位（万元）。", en: "Unit of the amounts (万元)."),
        DatasetField("remark", zh: "备注。", en: "Remark cell."),
        DatasetField("division_match", column: "division_match",
                     zh: "区划代码的确定方式：exact 名称一致，suffix_omitted 省略后缀，suffix_changed 后缀不同，"
                         + "inferred 由下属各县推定，alias:旧名 经更名表（如 alias:大同县）；未确定时为空。",
                     en: "How division_code was found: exact, suffix_omitted, suffix_changed, inferred (from its "
                         + "items), or alias:OLD_NAME through the rename table (alias:大同县); empty when unresolved."),
        DatasetField("raw_name", column: "raw_name",
                     zh: "行名称的原始文本层字符（含填充空格、部首字符，如“⽅⼭县”“盂  县”）。",
                     en: "The row label exactly as the text layer carries it (padding, radical code points: ⽅⼭县, 盂  县)."),
        DatasetField("table_title", column: "table_title", zh: "分配表标题（提前下达2023年…计划表）。",
                     en: "Title printed above the table."),
        DatasetField("attachment", column: "attachment",
                     zh: "分配表所在附件的标签（附件、附件1），对应 notices.attachments 中的条目；无附件标签时为空。",
                     en: "Label of the attachment the table is printed in (附件, 附件1), matching an entry of "
                         + "notices.attachments; empty when the table has no attachment label."),
    ]

    static let findingFields: [DatasetField] = [
        noticeID,
        DatasetField("table", column: "table_no", .integer, required: true, minimum: 0,
                     zh: "分配表序号；涉及整份通知（无表、页面损坏）时为 0。",
                     en: "1-based number of the table; 0 when the finding concerns the whole notice."),
        DatasetField("row", column: "row_no", .integer, required: true, minimum: 0,
                     zh: "所涉数据行序号；涉及全表时为 0。", en: "Row the finding is about; 0 for the whole table."),
        DatasetField("page", .integer, required: true, minimum: 0, zh: "所在页码；未知时为 0。",
                     en: "Page the row is printed on; 0 when unknown."),
        DatasetField("name", zh: "行名称。", en: "Row label."),
        DatasetField("column", column: "column_name", zh: "所涉金额列，不针对单列时为空。",
                     en: "Amount column concerned; empty when not about one column."),
        DatasetField("check", column: "check_name", required: true,
                     zh: "规则名（subtotal、total、crossfoot、duplicate_row 等）。",
                     en: "Name of the rule (subtotal, total, crossfoot, duplicate_row, …)."),
        DatasetField("stated", .number, zh: "印刷值（算术核对）。", en: "Printed value, for arithmetic checks."),
        DatasetField("computed", .number, zh: "各组成部分的精确合计（算术核对）。",
                     en: "Exact sum of the parts, for arithmetic checks."),
        DatasetField("difference", .number, zh: "印刷值减计算值。", en: "Printed minus computed value."),
        DatasetField("message", zh: "说明。", en: "Explanation."),
    ]

    static let referenceFields: [DatasetField] = [
        noticeID,
        DatasetField("doc_number", required: true, zh: "被引文件的发文字号（规范化）。",
                     en: "Document number of the cited document, normalized."),
        DatasetField("title", zh: "被引文件标题（《》内文字），未给出时为空。",
                     en: "Title of the cited document (inside 《》); empty when not given."),
    ]
}
