import Foundation

/// One instance of a relation a table was checked by: a printed sum cell against the exact sum of
/// its parts (the rows it sums in its column, or the columns it sums in its row), and how it came
/// out. The dataset's `relations` table holds one row per instance, so a user can see what was
/// checked and what was not, and why.
public struct RelationCheck: Hashable, Sendable {
    /// What kind of relation the instance belongs to.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A parent row against the rows its label makes its parts (合计, 小计, a group heading).
        case verticalLabel = "vertical_label"
        /// A parent code against the codes below it (201 → 20106 → 2010601).
        case verticalCode = "vertical_code"
        /// A numbered row against the rows numbered below it (一、 → （一） → 1.).
        case verticalNumbering = "vertical_numbering"
        /// A row against the rows indented below it.
        case verticalIndentation = "vertical_indentation"
        /// A row against its 其中 rows (their sum may not exceed it).
        case breakdown
        /// A sum column against the columns of its header group within a row (合计 = 基本支出 + 项目支出).
        case horizontal
        /// The two totals of a two-sided 收支总表 (收入总计 = 支出总计).
        case balance
    }

    /// How the instance came out.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// The printed sum equals the exact sum of its parts.
        case holds
        /// It does not, in a relation the table confirms.
        case fails
        /// It differs only by rounding to the printed precision.
        case rounding
        /// Not checked; `reason` says why (the relation is not confirmed by the table, the sum lies
        /// next to a gap, its cell is printed blank …).
        case notChecked = "not_checked"
    }

    /// 1-based table index in the notice.
    public var table: Int
    /// The relation.
    public var kind: Kind
    /// Number of the row holding the printed sum (for `balance`, the second side's total).
    public var row: Int
    /// Page that row is printed on.
    public var page: Int
    /// Its label.
    public var name: String
    /// 0-based index of the sum's amount column in the table.
    public var column: Int
    /// Leaf name of that column.
    public var columnName: String
    /// Numbers of the rows summed (vertical: the parts; horizontal: the row itself; balance: the
    /// first side's total).
    public var partRows: [Int]
    /// 0-based amount columns summed (horizontal: the part columns; otherwise the sum's column).
    public var partColumns: [Int]
    /// The printed sum, nil when printed blank.
    public var stated: Decimal?
    /// The exact sum of the parts printed with a value.
    public var computed: Decimal?
    /// How it came out.
    public var status: Status
    /// Why it was not checked, or what else was noticed; empty otherwise.
    public var reason: String

    /// Creates an instance.
    public init(table: Int, kind: Kind, row: Int, page: Int, name: String, column: Int, columnName: String,
                partRows: [Int], partColumns: [Int], stated: Decimal?, computed: Decimal?, status: Status,
                reason: String = "") {
        self.table = table
        self.kind = kind
        self.row = row
        self.page = page
        self.name = name
        self.column = column
        self.columnName = columnName
        self.partRows = partRows
        self.partColumns = partColumns
        self.stated = stated
        self.computed = computed
        self.status = status
        self.reason = reason
    }
}
