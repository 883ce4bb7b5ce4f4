import AllotModel
import Foundation

/// The tables of a notice whose reading their own structure confirms, for checks that compare one
/// table with another or with the text: a figure read from a table that does not add up, that may
/// be incomplete, or whose relations were set aside, is not evidence against another printing.
struct ConfirmedTables {
    /// The confirmed tables, in notice order.
    let tables: [AllocationTable]
    /// Cells a finding of their own table already reports (table, row, column name): not used again.
    let reported: Set<CellKey>

    /// A cell by table, row number and column name.
    struct CellKey: Hashable {
        var table: Int
        var row: Int
        var column: String
    }

    /// Notes that say a table was not read with confidence.
    static let doubts: Set<Check> = [.structureUnrecognized, .incompleteTable, .ocrUncertain, .unplacedText,
                                     .missingPage]

    /// The confirmed tables among `tables`. A table the reconciler already judged, unchanged since,
    /// takes its verdict from `verdicts` (`RelationVerdict.confirms(_:)`) instead of building its
    /// relation gate again; any other is judged here.
    init(_ tables: [AllocationTable], findings: [Finding], verdicts: [RelationVerdict] = []) {
        let doubted = Set(findings.filter { Self.doubts.contains($0.check) }.map(\.table))
        self.tables = tables.filter { table in
            !doubted.contains(table.index) && PrintedPrecision.factor(table.unit) != nil
                && (verdicts.lazy.compactMap { $0.confirms(table) }.first ?? Self.confirms(table))
        }
        reported = Set(findings.filter { $0.check.isArithmetic || $0.check == .invalidAmount }
            .map { CellKey(table: $0.table, row: $0.row, column: $0.column) })
    }

    /// True when the table's relations were evaluated and every evaluated one is confirmed.
    static func confirms(_ table: AllocationTable) -> Bool {
        confirms(RelationGate(table: table, children: Reconciler.parts(table), skipped: Completeness(table).uncheckable))
    }

    /// `confirms(_:)` of the gate's table, from its gate.
    static func confirms(_ gate: RelationGate) -> Bool {
        // With no open sums, the gate's vertical tally counts every parent.
        guard gate.open.rows.isEmpty else { return false }
        let vertical = gate.vertical
        let horizontal = gate.horizontal
        guard vertical.count + horizontal.count > 0 else { return false }
        return (vertical.count == 0 || vertical.isConfirmed) && (horizontal.count == 0 || horizontal.isConfirmed)
    }

    /// The amount of a cell that may be used: printed, and not already reported by its own table.
    func amount(_ table: AllocationTable, _ row: AllocationRow, _ column: Int) -> Amount? {
        guard let amount = row.rowAmounts[column],
              table.amountColumns.indices.contains(column) else { return nil }
        let key = CellKey(table: table.index, row: row.number, column: table.amountColumns[column].name)
        return reported.contains(key) ? nil : amount
    }

    /// The location of a cell, for a finding's second place.
    static func location(_ table: AllocationTable, _ row: AllocationRow, _ column: Int) -> FindingLocation {
        let name = table.amountColumns.indices.contains(column) ? table.amountColumns[column].name : ""
        let value = row.rowAmounts[column]?.value
        return FindingLocation(table: table.index, row: row.number, page: row.page, name: row.name, column: name,
                               value: value)
    }
}
