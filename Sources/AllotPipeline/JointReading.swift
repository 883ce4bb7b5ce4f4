import AllotModel
import AllotText
import AllotReconcile

/// Two misread cells of one sum, corrected together. A subtotal and its one county both misread
/// (1777 read 17977 and 7) leave no single reading that makes the sums hold: each cell read right
/// alone still fails against the other. Each doubtful cell of the failing sum is read again on its
/// own; where every enlarged reading of it agrees on other digits than the first reading, that is
/// the image's reading of the cell. The sum's doubtful cells are then tried with those readings,
/// one or two at a time, and a combination is used only when it is the only one that makes every
/// sum its cells take part in hold and breaks none. The readings come from the image, never from
/// the arithmetic: a cell whose re-readings disagree, or read as first read, is never changed.
struct JointReading {
    /// The cells changed (one or two), each with its new text and amount.
    var changes: [(key: RecognizedCell.Key, text: String, amount: Amount)]
    /// The table's arithmetic findings with the new readings.
    var findings: [Finding]

    /// The only combination of re-readings of `finding`'s doubtful cells that makes every sum they
    /// take part in hold, or nil (none, several, or more doubtful cells than `maxCells`).
    /// `reread` gives a cell's image reading that differs from its first one (nil when there is
    /// none or its readings disagree); `involved` the recognized cells of a sum.
    static func only(for finding: Finding, doubtful: Set<RecognizedCell.Key>, table: AllocationTable,
                     maxCells: Int, involved: (Finding, AllocationTable) -> [RecognizedCell.Key],
                     reread: (RecognizedCell.Key) -> String?) -> JointReading? {
        let keys = involved(finding, table).filter { doubtful.contains($0) }.sorted()
        guard keys.count >= 2, keys.count <= maxCells else { return nil }
        var readings: [(key: RecognizedCell.Key, text: String, amount: Amount)] = []
        for key in keys {
            guard let text = reread(key), case let .amount(amount) = AmountParser.parse(text) else { continue }
            readings.append((key, text, amount))
        }
        guard !readings.isEmpty else { return nil }
        let failingBefore = Reconciler().failingSums(table)
        let before = Set(failingBefore.map(OCRVerifier.FindingKey.init))
        // One cell changed, or two: at most maxCells + maxCells² / 2 trials, each one check of the table.
        var trials: [[Int]] = readings.indices.map { [$0] }
        for first in readings.indices {
            for second in readings.indices where second > first { trials.append([first, second]) }
        }
        var found: [JointReading] = []
        for trial in trials {
            var candidate = table
            let changes = trial.map { readings[$0] }
            for change in changes { OCRVerifier.set(change.amount, at: change.key, in: &candidate) }
            let after = Reconciler().failingSums(candidate)
            let touched = Set(changes.map(\.key))
            let stillInvolved = after.contains { !Set(involved($0, candidate)).isDisjoint(with: touched) }
            guard !stillInvolved, Set(after.map(OCRVerifier.FindingKey.init)).isSubset(of: before), after.count < failingBefore.count else { continue }
            found.append(JointReading(changes: changes, findings: Reconciler().check(candidate).filter(\.check.isArithmetic)))
            // A second combination that holds makes the readings ambiguous: none is used.
            if found.count > 1 { return nil }
        }
        return found.first
    }
}
