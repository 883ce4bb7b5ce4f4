import Foundation

/// A problem found in a table: an arithmetic mismatch or a row that cannot be placed.
public struct Finding: Hashable, Sendable {
    /// 1-based table index in the notice.
    public var table: Int
    /// Row number the finding is about (0 when it concerns the whole table).
    public var row: Int
    /// 1-based page where the row is printed (0 when unknown).
    public var page: Int
    /// Printed row label.
    public var name: String
    /// Column header the finding concerns, empty when not about one column.
    public var column: String
    /// Name of the rule (subtotal, total, crossfoot, orphan_item, …).
    public var check: String
    /// Printed value, for arithmetic checks.
    public var stated: Decimal?
    /// Exact sum of the parts, for arithmetic checks.
    public var computed: Decimal?
    /// Human explanation.
    public var message: String

    /// Creates a finding.
    public init(table: Int, row: Int, page: Int, name: String, column: String, check: String,
                stated: Decimal? = nil, computed: Decimal? = nil, message: String) {
        self.table = table
        self.row = row
        self.page = page
        self.name = name
        self.column = column
        self.check = check
        self.stated = stated
        self.computed = computed
        self.message = message
    }

    /// Checks that inform rather than flag a problem with the table (a notice without a table).
    public static let informationalChecks: Set<String> = ["no_table", "empty_page"]

    /// True when the finding reports a problem (`allot check` then exits 1), false for notes.
    public var isProblem: Bool { !Self.informationalChecks.contains(check) }

    /// stated − computed, when both are known.
    public var difference: Decimal? {
        guard let stated, let computed else { return nil }
        return stated - computed
    }
}
