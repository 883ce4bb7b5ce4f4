import AllotModel
import Foundation

/// One evaluated instance of a relation: a printed sum cell, the cells it adds up, and how it
/// came out. `RelationGate` tallies them; `RelationLedger` records them in the dataset.
struct SumInstance {
    /// The row holding the printed sum.
    let row: AllocationRow
    /// Its amount column.
    let column: Int
    /// The rows whose printed cells were summed (vertical), or the row itself (horizontal).
    let partRows: [Int]
    /// The columns summed (horizontal), or the sum's own column (vertical).
    let partColumns: [Int]
    /// The printed sum.
    let stated: Amount
    /// The printed parts; none kept for a vertical sum that holds exactly (only a sum that does not
    /// is asked whether rounding explains it: a total's 100,000 parts were held 16 bytes each).
    let parts: [Amount]
    /// Their exact sum.
    let computed: Decimal
    /// Exact, otherwise consistent, or failing.
    let outcome: RelationTally.Outcome
}
