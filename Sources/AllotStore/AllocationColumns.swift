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
    /// code: classification code, digits only.
    public static let code = DatasetColumn(
        "code", pattern: "[0-9]{3}([0-9]{2}){0,2}",
        zh: "科目编码，仅数字（功能分类 201、20106、2010601，经济分类 301、30101）；分列印刷的 类 | 款 | 项 已合并；无编码时为空。",
        en: "Classification code, digits only (functional 201, 20106, 2010601; economic 301, 30101), the parts of "
            + "split 类 | 款 | 项 columns joined; empty when the row has none.")
    /// printed_code: the code as printed.
    public static let printedCode = DatasetColumn(
        "printed_code", zh: "科目编码的印刷形式（分列印刷时各部分以空格分隔：201 06 01）；无编码时为空。",
        en: "The classification code as printed (the parts of split 类 | 款 | 项 columns separated by a space: "
            + "201 06 01); empty when the row has none.")
    /// depth in the row hierarchy.
    public static let depth = DatasetColumn(
        "depth", .integer, required: true, minimum: 0,
        zh: "在行层级中的深度：合计（或最上层的行）为 0，其组成部分为 1，依次类推。",
        en: "Depth in the row hierarchy: 0 for a total (or a row at the top), 1 for the rows it sums, and so on.")
    /// parent_row: row_no of the parent row.
    public static let parentRow = DatasetColumn(
        "parent_row", .integer, minimum: 1,
        zh: "上级行（该行所属的合计、小计、上级科目或其中行所分解的行）的 row_no；无上级时为空。",
        en: "row_no of the row this row belongs to (its total, subtotal, parent code, or the row a 其中 row "
            + "breaks down); empty when it has none.")
    /// column_path: the amount column's full header path.
    public static let columnPath = DatasetColumn(
        "column_path", zh: "金额列的完整表头路径，由外层到末级，以“ › ”连接（一般公共预算支出 › 基本支出 › 人员经费）。",
        en: "Full header path of the amount column, outermost header first, joined by \" › \" "
            + "(一般公共预算支出 › 基本支出 › 人员经费).")
    /// hierarchy_signal: what placed the row in the hierarchy.
    public static let hierarchySignal = DatasetColumn(
        "hierarchy_signal",
        labels: HierarchySignal.allCases.map { DatasetColumn.Label($0.rawValue, signalLabels[$0] ?? $0.rawValue) },
        isEnumeration: true,
        zh: "确定该行层级的依据：label 行名称（合计、小计），code 科目编码，numbering 序号（一、（一）1.），"
            + "indentation 缩进，breakdown 其中行；无依据时为空。",
        en: "What placed the row in the hierarchy: label (合计, 小计), code (classification code), numbering "
            + "(一、 （一） 1.), indentation, or breakdown (a 其中 row); empty when nothing did.")
    /// side of a two-sided table.
    public static let side = DatasetColumn(
        "side", labels: [DatasetColumn.Label("left", "左侧"), DatasetColumn.Label("right", "右侧")], isEnumeration: true,
        zh: "收支总表或左右分栏表中该行所在的一侧：left 左侧，right 右侧（各有其合计）；其他表为空。",
        en: "Side of a two-sided table (收支总表) or a side-by-side one the row belongs to, each side with its own totals: left or right; "
            + "empty in other tables.")
    /// table_kind: what the table is.
    public static let tableKind = DatasetColumn(
        "table_kind", required: true,
        labels: TableKind.allCases.map { DatasetColumn.Label($0.rawValue, kindLabels[$0] ?? $0.rawValue) },
        isEnumeration: true,
        zh: "表的类型：allocation 资金分配表，two_sided 收支总表，side_by_side 左右分栏表（一张清单分左右两栏印出，如基本支出决算表的人员经费 | 公用经费），classification 科目分类表，numbered 序号表，other 其他。",
        en: "Kind of table: allocation (money distributed to regions or recipients), two_sided (收支总表), "
            + "side_by_side (one list printed in two halves, such as a 基本支出决算表's 人员经费 | 公用经费), "
            + "classification (rows keyed by classification codes), numbered (rows numbered 一、 （一） 1.), or other."
    ).backfilled(by: "'other'")
    /// amount_source: how the row's amounts were obtained.
    public static let amountSource = DatasetColumn(
        "amount_source",
        labels: TextSource.allCases.map { DatasetColumn.Label($0.rawValue, sourceLabels[$0] ?? $0.rawValue) },
        isEnumeration: true,
        zh: "该行金额的来源：text_layer 文本层，ocr 图像识别，ocr_corrected 图像识别并经表内核算更正了某一数字；"
            + "早于此列的数据集为空。",
        en: "How the row's amounts were obtained: text_layer (the PDF's text), ocr (recognized from a page image), "
            + "or ocr_corrected (recognized, a digit replaced by the only alternative that makes the sums hold); "
            + "empty in datasets written before this column.")
    /// min_confidence: lowest OCR confidence of the row's amount digits.
    public static let minConfidence = DatasetColumn(
        "min_confidence", .integer, minimum: 0,
        zh: "图像识别时该行金额各数字中最低的置信度（0-100，取整）；文本层的行为空。",
        en: "Lowest OCR confidence (0-100, rounded down) of the digits of the row's amounts; empty for rows read "
            + "from a text layer.")

    /// fund_source: whose money the amount column holds.
    public static let fundSource = DatasetColumn(
        "fund_source", labels: FundSource.allCases.map { DatasetColumn.Label($0.rawValue, $0.labelZH) }, isEnumeration: true,
        zh: "资金来源，由金额列的表头路径归一：central 中央，provincial 省级，municipal 市级，county 县级，"
            + "total 合计，other 其他（印刷的表头见 column_path）。",
        en: "Whose money the amount column holds, normalized from its header path: central, provincial, municipal, "
            + "county, total, or other (the printed headers are in column_path)."
    ).backfilled(by: "''")
    /// region_full_name: official name of the resolved division.
    public static let regionFullName = DatasetColumn(
        "region_full_name", zh: "所确定行政区划的官方全称，含所属省、市（山西省阳泉市盂县）；未确定时为空。",
        en: "Official full name of the resolved division, its province and prefecture first (山西省阳泉市盂县); "
            + "empty when the region is not resolved."
    ).backfilled(by: "''")
    /// cell_id: stable id of the cell.
    public static let cellID = DatasetColumn(
        "cell_id", pattern: "c[0-9a-f]{16}",
        zh: "单元格的稳定标识（c 加 16 位十六进制），由通知、表序号、行名称、表头路径及同名行的出现次序得出；"
            + "重新生成数据集时不变，其上插入行也不变。",
        en: "Stable id of the cell (c + 16 hex digits), from its notice, table, row label, column path and which "
            + "occurrence of that label it is: the same when the dataset is regenerated or a row is inserted above; "
            + "for citing and joining."
    ).backfilled(by: "''")
    /// compiler: who compiled the table.
    public static let compiler = DatasetColumn(
        "compiler", zh: "表的编制部门（或编制单位、填报单位），取自表上方与单位同行的“编制部门：某局 单位：元”；未印时为空。",
        en: "Who compiled the table (编制部门, 编制单位, 填报单位), as the line above it that also states the unit "
            + "names them (编制部门：某局 单位：元 → 某局); empty when not printed."
    ).backfilled(by: "''")

    /// In order.
    public static let all = [
        noticeID, tableNo, rowNo, columnNo, page, level, name, region, divisionCode, parentCode, columnName, amount, unit,
        remark, divisionMatch, rawName, tableTitle, attachment, code, printedCode, depth, parentRow, columnPath,
        hierarchySignal, side, tableKind, fundSource, regionFullName, cellID, amountSource,
        minConfidence, compiler,
    ]

    private static let levelLabels: [RowLevel: String] = [.total: "合计", .subtotal: "小计", .item: "明细", .group: "分组标题"]
    private static let signalLabels: [HierarchySignal: String] = [
        .label: "行名称", .code: "科目编码", .numbering: "序号", .indentation: "缩进", .breakdown: "其中行",
    ]
    private static let sourceLabels: [TextSource: String] = [
        .textLayer: "文本层", .ocr: "图像识别", .ocrCorrected: "图像识别经核算更正",
    ]
    private static let kindLabels: [TableKind: String] = [
        .allocation: "资金分配表", .twoSided: "收支总表", .sideBySide: "左右分栏表", .classification: "科目分类表", .numbered: "序号表", .other: "其他",
    ]

    /// The cells of `notice`: tables in index order, rows in number order, columns in printed order.
    static func records(_ notice: Notice) -> [DatasetRecord] {
        var records: [DatasetRecord] = []
        forEachRecord(notice) { records.append($0) }
        return records
    }

    /// Hands each cell's record of `notice` to `body` in `records(_:)` order as soon as it is built,
    /// so the store never holds a large table's records all at once (about 800 bytes a cell).
    static func forEachRecord<Failure: Error>(_ notice: Notice, _ body: (DatasetRecord) throws(Failure) -> Void)
        throws(Failure) {
        for table in notice.tables.sorted(by: { $0.index < $1.index }) {
            var labelRows = LabelCounter(rows: table.rows)
            let layout = CellLayout(table)
            for step in table.rows.indices {
                let position = layout.position(step)
                let row = table.rows[position]
                let earlierRows = labelRows.countBefore(position, in: table.rows)
                // What the row's cells share is set once per row; each cell then sets its column's.
                var shared = DatasetRecord(.allocations)
                shared[noticeID] = .text(notice.id)
                shared[tableNo] = .integer(table.index)
                shared[rowNo] = .integer(row.number)
                shared[page] = .integer(row.page)
                shared[level] = .text(row.level.rawValue)
                shared[name] = .text(row.name)
                shared[region] = .text(row.region)
                shared[divisionCode] = .text(row.divisionCode)
                shared[parentCode] = .text(row.parentCode)
                shared[unit] = .text(table.unit)
                shared[remark] = .text(row.remark)
                shared[divisionMatch] = .text(row.divisionMatch?.description ?? "")
                shared[rawName] = .text(row.rawName)
                shared[tableTitle] = .text(table.title)
                shared[attachment] = .text(table.attachment)
                shared[code] = .text(row.code)
                shared[printedCode] = .text(row.printedCode)
                shared[depth] = .integer(row.depth)
                shared[parentRow] = row.parent.map { .integer($0) } ?? .null
                shared[hierarchySignal] = .text(row.hierarchySignal?.rawValue ?? "")
                shared[side] = .text(table.kind.hasSides ? (row.side == 0 ? "left" : "right") : "")
                shared[tableKind] = .text(table.kind.rawValue)
                shared[regionFullName] = .text(row.regionFullName)
                shared[amountSource] = .text(row.amountSource.rawValue)
                shared[minConfidence] = row.minConfidence.map { .integer(Int(max(0, min(100, $0)))) } ?? .null
                shared[compiler] = .text(table.compiler)
                let tableNumber = String(table.index)
                for (index, column) in table.amountColumns.enumerated() {
                    let cell = row.rowAmounts[index]
                    var record = shared
                    record[columnNo] = .integer(index + 1)
                    record[columnName] = .text(column.name)
                    record[amount] = cell.map { .text($0.text) } ?? .null
                    record[columnPath] = .text(layout.paths[index])
                    record[fundSource] = .text(layout.sources[index])
                    record[cellID] = .text(StableID.make("c", [notice.id, tableNumber, row.name, layout.paths[index],
                                                               String(layout.occurrence(index, earlierRows: earlierRows))]))
                    try body(record)
                }
            }
        }
    }
}

/// How many rows already counted print each row's label, for a table's rows taken one at a time:
/// an open-addressed table of row positions (4 bytes a slot and 4 for its count, 1.5 slots a row,
/// not rounded up to a power of two: 1.5 to 3 slots a row held 2 MB beside a 100,000-row sheet's
/// rows while they were stored, the peak of its ingest) in place of a dictionary keyed by the label
/// strings (about 60 bytes a row of a large sheet). A label is compared with the label of the row
/// its slot names, so equal labels share a slot whatever their hashes collide with; the counts do
/// not depend on the hash seed.
struct LabelCounter {
    private var slots: [UInt32]
    private var counts: [UInt32]
    private var names: [String: Int] = [:]

    /// A counter for `rows`; a table with more rows than 32 bits can number counts in a dictionary.
    init(rows: [AllocationRow]) {
        guard rows.count < Int(UInt32.max) / 4 else {
            slots = []
            counts = []
            return
        }
        let size = max(16, rows.count + rows.count / 2 + 1)
        slots = [UInt32](repeating: 0, count: size)
        counts = [UInt32](repeating: 0, count: size)
    }

    /// The number of rows counted before that print the label of `rows[position]`; counts it.
    mutating func countBefore(_ position: Int, in rows: [AllocationRow]) -> Int {
        let name = rows[position].name
        guard !slots.isEmpty else {
            let earlier = names[name, default: 0]
            names[name] = earlier + 1
            return earlier
        }
        var slot = Int(UInt(bitPattern: name.hashValue) % UInt(slots.count))
        while true {
            let stored = Int(slots[slot])
            if stored == 0 {
                slots[slot] = UInt32(truncatingIfNeeded: position + 1)
                counts[slot] = 1
                return 0
            }
            if stored - 1 < rows.count, rows[stored - 1].name == name {
                let earlier = counts[slot]
                counts[slot] = earlier &+ 1
                return Int(earlier)
            }
            slot = slot + 1 < slots.count ? slot + 1 : 0
        }
    }
}
