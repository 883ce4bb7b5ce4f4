/// Whether a table's own relations confirm it, as the reconciler found when it checked the table
/// (every relation evaluated holds and no sum is left open: what the cross checks ask of a table
/// before they compare its figures with another's), kept with the table it was found for, so that
/// the answer is used only for that table.
public struct RelationVerdict: Sendable {
    /// The table as it stood when it was checked.
    public let table: AllocationTable
    /// True when the table's relations confirm it.
    public let confirms: Bool

    /// The verdict `confirms` on `table`.
    public init(table: AllocationTable, confirms: Bool) {
        self.table = table
        self.confirms = confirms
    }

    /// The verdict for `other` when it is the table that was checked, field by field (a table not
    /// changed since shares its storage with the one kept here, so the comparison is cheap); nil
    /// when anything in it changed (a row read again, a table replaced).
    public func confirms(_ other: AllocationTable) -> Bool? {
        other == table ? confirms : nil
    }
}
