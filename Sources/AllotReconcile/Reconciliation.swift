import AllotModel

/// What the reconcile stage gives one table (`Reconciler.reconcile`).
public struct Reconciliation: Sendable {
    /// The relations the table was checked by, in words (`Reconciler.relations`).
    public var relations: [String]
    /// Every instance of every relation (`Reconciler.relationChecks`).
    public var relationChecks: [RelationCheck]
    /// Rows next to a part of the table that may be missing (`Reconciler.rowsNextToGaps`).
    public var rowsNextToGaps: Set<Int>
    /// The table's findings (`Reconciler.check`).
    public var findings: [Finding]
    /// True when the table's relations confirm it, as the cross checks ask (`ConfirmedTables.confirms`),
    /// from the same relation gate.
    public var confirmsRelations: Bool
}
