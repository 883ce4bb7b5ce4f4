import Foundation

/// The level of a table row in the allocation hierarchy.
public enum RowLevel: String, Sendable, Codable, CaseIterable {
    /// Grand total (全省合计, 合计, 总计).
    case total
    /// Prefecture subtotal (太原市小计, 小计, 太原市合计).
    case subtotal
    /// A county or other recipient.
    case item
    /// A heading that names the group of items below it and carries no amounts (临夏回族自治州 above
    /// its counties, closed by a bare 小计).
    case group
}

/// An exact amount as printed.
public struct Amount: Hashable, Sendable {
    /// Exact value.
    public var value: Decimal
    /// Canonical text: ASCII digits, no grouping separators, decimals as printed.
    public var text: String

    /// Creates an amount.
    public init(value: Decimal, text: String) {
        self.value = value
        self.text = text
    }
}

/// A normalized data row of an allocation table. The normalize stage builds each row once, whole;
/// later stages only read it.
public struct AllocationRow: Hashable, Sendable {
    /// 1-based order of the row among the table's data rows.
    public var number: Int
    /// 1-based page the row is printed on.
    public var page: Int
    /// Level in the hierarchy.
    public var level: RowLevel
    /// The label exactly as the text layer carried it.
    public var rawName: String
    /// The label without padding, NFKC and radical-normalized (盂县, 太原市小计).
    public var name: String
    /// What the row is about (盂县, 太原市, 山西省).
    public var region: String
    /// One entry per amount column of the table; nil where the cell is empty or a dash.
    public var amounts: [Amount?]
    /// Raw text of each amount cell, as printed.
    public var rawAmounts: [String]
    /// Remark text, normalized, empty when none.
    public var remark: String
    /// Row number of the subtotal or total this row belongs to.
    public var parent: Int?
    /// GB/T 2260 code of `region`, empty when unresolved.
    public var divisionCode: String
    /// GB/T 2260 code of the parent region, empty when none.
    public var parentCode: String
    /// How `divisionCode` was found; nil when unresolved.
    public var divisionMatch: DivisionMatch?
    /// How the amounts were obtained: text layer, recognition, or recognition corrected by the sums.
    public var amountSource: TextSource = .textLayer
    /// Lowest engine confidence (0-100) of a recognized amount digit in the row; nil for the text layer.
    public var minConfidence: Double?
    /// Classification code as printed (201 06 01), empty when the row has none.
    public var printedCode: String = ""
    /// Classification code, digits only (2010601), empty when the row has none.
    public var code: String = ""
    /// Depth in the hierarchy: 0 for a total (or a row at the top), 1 for what it sums, and so on.
    public var depth: Int = 0
    /// What placed the row in the hierarchy, nil when nothing did.
    public var hierarchySignal: HierarchySignal?
    /// The side of a two-sided table the row belongs to (0 left, 1 right; 0 in other tables).
    public var side: Int = 0
    /// Official full name of the resolved division, province and prefecture first (山西省阳泉市盂县);
    /// empty when the region is not resolved.
    public var regionFullName: String = ""

    /// Creates a row.
    public init(number: Int, page: Int, level: RowLevel, rawName: String, name: String,
                region: String, amounts: [Amount?], rawAmounts: [String], remark: String,
                parent: Int? = nil, divisionCode: String = "", parentCode: String = "",
                divisionMatch: DivisionMatch? = nil) {
        self.number = number
        self.page = page
        self.level = level
        self.rawName = rawName
        self.name = name
        self.region = region
        self.amounts = amounts
        self.rawAmounts = rawAmounts
        self.remark = remark
        self.parent = parent
        self.divisionCode = divisionCode
        self.parentCode = parentCode
        self.divisionMatch = divisionMatch
    }
}

/// A normalized allocation table.
public struct AllocationTable: Sendable {
    /// 1-based order in the notice.
    public var index: Int
    /// Title printed above the table.
    public var title: String
    /// Unit of every amount (万元).
    public var unit: String
    /// Attachment label (附件1), empty when none.
    public var attachment: String
    /// Who compiled the table, as its unit line names them (编制部门：某局 单位：元 → 某局); empty when
    /// not printed.
    public var compiler = ""
    /// The amount columns, in printed order; `AllocationRow.amounts` follows this order.
    public var amountColumns: [TableColumn]
    /// Rows in printed order (a two-sided table: the left side's rows, then the right side's).
    public var rows: [AllocationRow]
    /// Where rows may be missing; the sums that depend on them are not checked.
    public var gaps: [TableGap] = []
    /// What the table is (allocation, 收支总表, a classification table …).
    public var kind: TableKind = .other
    /// For each amount column, the side of a two-sided table it belongs to (all 0 otherwise).
    public var columnSides: [Int] = []
    /// For each row (by position in `rows`), the 1-based row of the table as found (`RawTable.rows`)
    /// it was read from: both halves of a two-sided table read one printed row. Empty when unknown
    /// (a table loaded from a dataset).
    public var printedRows: [Int] = []
    /// How the table was read: the relations it was checked by and how their instances came out.
    public var relations: [String] = []
    /// Every instance of those relations, with how it came out (the dataset's `relations`).
    public var relationChecks: [RelationCheck] = []

    /// Creates a table.
    public init(index: Int, title: String, unit: String, attachment: String,
                amountColumns: [TableColumn], rows: [AllocationRow]) {
        self.index = index
        self.title = title
        self.unit = unit
        self.attachment = attachment
        self.amountColumns = amountColumns
        self.rows = rows
    }
}
