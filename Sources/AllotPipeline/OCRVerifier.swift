import AllotModel
import AllotText
import AllotReconcile
import Foundation

/// Verifies recognized amounts by the table's own sums. A failing sum over recognized cells is
/// retried with the engine's alternative symbols for the digits of its cells: when exactly one
/// alternative makes every sum its cell takes part in hold and breaks none, it is used
/// (`ocr_corrected`, a note naming the old and new reading and the box); when none or several do,
/// the finding is `ocr_uncertain`, not an arithmetic error of the document. Only a sum whose
/// recognized digits were all read with confidence stays an arithmetic finding. (Every digit is a
/// candidate, not only the doubtful ones: the engine can be sure of a misread digit; uniqueness
/// over all alternatives is what confirms a correction.)
struct OCRVerifier {
    /// Digits read with less confidence than this (0-100) are candidates for their alternatives,
    /// and keep a failing sum from being blamed on the document.
    var lowConfidence: Double
    /// Corrections tried per table at most (each one settles at least one failing sum).
    var maxCorrections = 16

    /// The table with corrected amounts and row sources, and its findings with the arithmetic ones
    /// re-examined.
    func verify(_ table: AllocationTable, findings: [Finding], cells: [RecognizedCell.Key: RecognizedCell],
                recognizedPages: Set<Int>) -> (table: AllocationTable, findings: [Finding]) {
        guard table.rows.contains(where: { recognizedPages.contains($0.page) }) else { return (table, findings) }
        var table = table
        var cells = cells
        markSources(&table, cells: cells)
        var notes: [Finding] = []
        var arithmetic = findings.filter(\.check.isArithmetic)
        let recognizedRows = Set(table.rows.filter { recognizedPages.contains($0.page) }.map(\.number))
        // A cell that is not an amount or a name that is no division, as read from an image, is
        // a doubt about the reading before it is a claim about the document.
        let others = findings.filter { !$0.check.isArithmetic }.map { finding in
            guard Self.readingChecks.contains(finding.check), recognizedRows.contains(finding.row) else { return finding }
            return Self.doubt(finding, look: "")
        }
        for _ in 0..<maxCorrections {
            let failing = arithmetic.filter { !involvedCells($0, table: table, cells: cells).isEmpty }
            guard !failing.isEmpty else { break }
            let valid = validSubstitutions(for: failing, table: table, cells: cells, current: arithmetic)
            guard valid.count == 1, let fix = valid.first, var cell = cells[fix.key] else { break }
            let oldText = cell.text
            cell.glyphs[fix.position].text = fix.symbol
            cells[fix.key] = cell
            apply(fix, to: &table)
            if let index = table.rows.firstIndex(where: { $0.number == fix.key.row }) {
                table.rows[index].amountSource = .ocrCorrected
            }
            arithmetic = fix.findings
            notes.append(correctionNote(table: table, cell: cell, old: oldText, position: fix.position))
        }
        let settled = arithmetic.map { finding -> Finding in
            let involved = involvedCells(finding, table: table, cells: cells)
            let doubtful = involved.filter { $0.minConfidence < lowConfidence }
            guard !involved.isEmpty, !doubtful.isEmpty else { return finding }
            return uncertain(finding, cells: doubtful)
        }
        return (table, others + settled + notes)
    }

    /// One digit replaced by one of the engine's alternatives, and the table's arithmetic findings with it.
    struct Substitution {
        var key: RecognizedCell.Key
        var position: Int
        var symbol: String
        var amount: Amount
        var findings: [Finding]
    }

    /// Every single-digit substitution (low-confidence digits of the cells in failing sums, the
    /// engine's digit alternatives) after which no sum the cell takes part in fails and no new
    /// sum fails.
    private func validSubstitutions(for failing: [Finding], table: AllocationTable,
                                    cells: [RecognizedCell.Key: RecognizedCell], current: [Finding]) -> [Substitution] {
        let keys = Set(failing.flatMap { involvedCells($0, table: table, cells: cells).map { RecognizedCell.Key(row: $0.row, column: $0.column) } })
        // Judged on the sums before the relation gate: the gate drops a whole relation when many
        // of its sums fail, which must not make a reading that breaks them look like a fix.
        let failingBefore = Reconciler().failingSums(table)
        let before = Set(failingBefore.map(FindingKey.init))
        var result: [Substitution] = []
        for key in keys.sorted() {
            guard let cell = cells[key] else { continue }
            for (position, glyph) in cell.glyphs.enumerated() {
                guard let reading = glyph.reading else { continue }
                for choice in reading.choices where choice.text.count == 1 && choice.text.allSatisfy(\.isNumber) {
                    var texts = cell.glyphs.map(\.text)
                    texts[position] = choice.text
                    guard case let .amount(amount) = AmountParser.parse(texts.joined()) else { continue }
                    var trial = Substitution(key: key, position: position, symbol: choice.text, amount: amount, findings: [])
                    var candidate = table
                    apply(trial, to: &candidate)
                    let after = Reconciler().failingSums(candidate)
                    let stillInvolved = after.contains { finding in
                        involvedCells(finding, table: candidate, cells: cells).contains { $0.row == key.row && $0.column == key.column }
                    }
                    guard !stillInvolved, Set(after.map(FindingKey.init)).isSubset(of: before),
                          after.count < failingBefore.count else { continue }
                    trial.findings = Reconciler().check(candidate).filter(\.check.isArithmetic)
                    result.append(trial)
                }
            }
        }
        return result
    }

    private func apply(_ substitution: Substitution, to table: inout AllocationTable) {
        guard let index = table.rows.firstIndex(where: { $0.number == substitution.key.row }),
              substitution.key.column < table.rows[index].amounts.count else { return }
        table.rows[index].amounts[substitution.key.column] = substitution.amount
        table.rows[index].rawAmounts[substitution.key.column] = substitution.amount.text
    }

    /// Rows with a recognized cell are `ocr`, with the lowest digit confidence of their cells.
    private func markSources(_ table: inout AllocationTable, cells: [RecognizedCell.Key: RecognizedCell]) {
        let byRow = Dictionary(grouping: cells.values, by: \.row)
        for index in table.rows.indices {
            guard let rowCells = byRow[table.rows[index].number] else { continue }
            table.rows[index].amountSource = .ocr
            table.rows[index].minConfidence = rowCells.map(\.minConfidence).min()
        }
    }

    /// The recognized cells a sum is made of: the stated cell and its parts (children in the
    /// same column for subtotal and total, the row's other columns for a cross-foot).
    private func involvedCells(_ finding: Finding, table: AllocationTable,
                               cells: [RecognizedCell.Key: RecognizedCell]) -> [RecognizedCell] {
        if finding.check == .crossfoot {
            return cells.values.filter { $0.row == finding.row }.sorted { $0.column < $1.column }
        }
        guard let column = table.amountColumns.firstIndex(where: { $0.name == finding.column }) else { return [] }
        let rows = [finding.row] + table.rows.filter { $0.parent == finding.row }.map(\.number)
        return rows.compactMap { cells[RecognizedCell.Key(row: $0, column: column)] }
    }

    private func correctionNote(table: AllocationTable, cell: RecognizedCell, old: String, position: Int) -> Finding {
        let row = table.rows.first { $0.number == cell.row }
        let column = cell.column < table.amountColumns.count ? table.amountColumns[cell.column].name : ""
        return Finding(.ocrCorrected, table: table.index, row: cell.row, page: cell.page, name: row?.name ?? "",
                       column: column, [.text: old, .detail: cell.text, .first: String(position + 1),
                                        .reason: Self.describe(cell.box)])
    }

    private func uncertain(_ finding: Finding, cells: [RecognizedCell]) -> Finding {
        let places = cells.map { cell in
            "\(cell.text) at page \(cell.page) box \(Self.describe(cell.box)) (confidence \(Int(cell.minConfidence)))"
        }.joined(separator: "; ")
        return Self.doubt(finding, look: "; look at " + places)
    }

    /// The finding as an `ocr_uncertain` doubt about the reading, its fields and message kept.
    static func doubt(_ finding: Finding, look: String) -> Finding {
        Finding(.ocrUncertain, table: finding.table, row: finding.row, page: finding.page, name: finding.name,
                column: finding.column, stated: finding.stated, computed: finding.computed,
                [.subject: finding.check.rawValue, .detail: finding.message, .reason: look])
    }

    /// Checks about a single recognized cell that a misreading explains as well as the document.
    static let readingChecks: Set<Check> = [.invalidAmount, .negativeAmount, .unknownRegion]

    static func describe(_ box: Box) -> String {
        String(format: "%.1f,%.1f,%.1f,%.1f", box.x0, box.y0, box.x1, box.y1)
    }

    /// What identifies a finding across re-checks.
    private struct FindingKey: Hashable {
        var row: Int
        var check: Check
        var column: String

        init(_ finding: Finding) {
            row = finding.row
            check = finding.check
            column = finding.column
        }
    }
}
