import AllotModel
import AllotText
import AllotReconcile
import Foundation

/// Verifies recognized amounts by the table's own sums. A failing sum over recognized cells is
/// retried with other readings of its cells: the engine's alternative symbols for each digit, and
/// the cell read again on its own (`CellRereader`: enlarged, binarised, two models). When exactly
/// one of them makes every sum its cell takes part in hold and breaks none, it is used
/// (`ocr_corrected`, a note naming the old and new reading and the box). A sum that still fails
/// stays an arithmetic finding when its digits were all read with confidence, or when every
/// figure of it, read again independently, reads the same and no other reading makes it hold
/// (the document's own misprint, with an `ocr_confirmed` note); otherwise it is `ocr_uncertain`,
/// not an arithmetic error of the document. (Every digit is a candidate, not only the doubtful
/// ones: the engine can be sure of a misread digit; uniqueness is what confirms a correction.)
struct OCRVerifier {
    /// Digits read with less confidence than this (0-100) are candidates for their alternatives,
    /// and keep a failing sum from being blamed on the document.
    var lowConfidence: Double
    /// Reads cells again from their page images; nil when the images are not at hand.
    var rereader: (any AmountRereading)?
    /// Corrections tried per table at most (each one settles at least one failing sum).
    var maxCorrections = 16
    /// A failing sum with more doubtful cells than this is not searched for two cells read again
    /// together (each is read again from the image; the combinations grow with their square).
    var maxJointCells = 6

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
        let readings = Readings(rereader: rereader)
        corrections: for _ in 0..<maxCorrections {
            let failing = arithmetic.filter { !involvedCells($0, table: table, cells: cells).isEmpty }
            // Each failing sum in turn: a reading is taken when it is the only one among the
            // readings of that sum's cells that makes every sum its cell is in hold.
            var unsettled: [Finding] = []
            for finding in failing {
                let valid = validSubstitutions(for: [finding], table: table, cells: cells, readings: readings)
                if valid.isEmpty { unsettled.append(finding) }
                guard valid.count == 1, let fix = valid.first, var cell = cells[fix.key] else { continue }
                let oldText = cell.text
                if let position = fix.position {
                    cell.glyphs[position].text = fix.symbol
                } else {
                    cell.reread = fix.symbol
                }
                cells[fix.key] = cell
                apply(fix, to: &table)
                if let index = table.rows.firstIndex(where: { $0.number == fix.key.row }) {
                    table.rows[index].amountSource = .ocrCorrected
                }
                arithmetic = fix.findings
                notes.append(correctionNote(table: table, cell: cell, old: oldText, position: fix.position))
                continue corrections
            }
            // No one reading settles a sum: its doubtful cells read again, two together (a subtotal
            // and its one county both misread).
            let inDoubt = doubtfulCells(arithmetic, table: table, cells: cells, recognizedRows: recognizedRows)
            for finding in unsettled {
                guard let joint = JointReading.only(
                    for: finding, doubtful: inDoubt, table: table, maxCells: maxJointCells,
                    involved: { involvedCells($0, table: $1, cells: cells).map { RecognizedCell.Key(row: $0.row, column: $0.column) } },
                    reread: { key in cells[key].flatMap { readings.agreed($0) } }) else { continue }
                let changed = joint.changes.map { change in cells[change.key].map { ($0, change) } }
                for case let (first, change)? in changed {
                    var cell = first
                    cell.reread = change.text
                    cells[change.key] = cell
                    Self.set(change.amount, at: change.key, in: &table)
                    if let index = table.rows.firstIndex(where: { $0.number == change.key.row }) {
                        table.rows[index].amountSource = .ocrCorrected
                    }
                    let others = changed.compactMap { $0 }.filter { $0.1.key != change.key }.map { other in
                        (table.rows.first { $0.number == other.1.key.row }?.name ?? "", other.0.text, other.1.text)
                    }
                    notes.append(correctionNote(table: table, cell: cell, old: first.text, position: nil, together: others))
                }
                arithmetic = joint.findings
                continue corrections
            }
            break
        }
        // A cell that is not an amount or a name that is no division, as read from an image, is
        // a doubt about the reading before it is a claim about the document (unless a reading
        // that makes its sums hold replaced it).
        let others = findings.filter { finding in
            !finding.check.isArithmetic && !([.invalidAmount, .nonAmount].contains(finding.check) && notes.contains {
                $0.row == finding.row && $0.column == finding.column
            })
        }.map { finding in
            guard Self.readingChecks.contains(finding.check), recognizedRows.contains(finding.row) else { return finding }
            return Self.doubt(finding, look: ("", ""))
        }
        let inDoubt = doubtfulCells(arithmetic, table: table, cells: cells, recognizedRows: recognizedRows)
        let settled = arithmetic.flatMap { finding -> [Finding] in
            let involved = involvedCells(finding, table: table, cells: cells)
            let doubtful = involved.filter { inDoubt.contains(RecognizedCell.Key(row: $0.row, column: $0.column)) }
            // A part of the sum on a recognized page with no amount read is ink the engine lost
            // (or junk the table could not take) as likely as a cell printed empty.
            let unread = unreadParts(finding, table: table, recognizedRows: recognizedRows)
            if !unread.isEmpty {
                return [Self.doubt(finding, look: ("; look at " + unread.joined(separator: ", ") + " (no amount read from the image)",
                                                   "；请查看 " + unread.joined(separator: "、") + "（图像中未读出金额）"))]
            }
            guard !involved.isEmpty, !doubtful.isEmpty else { return [finding] }
            if let count = confirmed(finding, table: table, cells: cells, readings: readings) {
                return [finding, confirmationNote(finding, figures: count)]
            }
            return [uncertain(finding, cells: doubtful)]
        }
        return (table, others + settled + notes)
    }

    /// Another reading of one cell (a digit replaced by one of the engine's alternatives, or the
    /// whole cell as read again on its own), and the table's arithmetic findings with it.
    struct Substitution {
        var key: RecognizedCell.Key
        /// The digit replaced; nil when the whole cell is the new reading.
        var position: Int?
        var symbol: String
        var amount: Amount
        var findings: [Finding]
    }

    /// Every reading of a cell of the failing sums (each digit's alternatives from the engine, the
    /// cell's independent readings) after which no sum the cell takes part in fails and no new
    /// sum fails.
    private func validSubstitutions(for failing: [Finding], table: AllocationTable,
                                    cells: [RecognizedCell.Key: RecognizedCell], readings: Readings) -> [Substitution] {
        let keys = Set(failing.flatMap { involvedCells($0, table: table, cells: cells).map { RecognizedCell.Key(row: $0.row, column: $0.column) } })
        // Judged on the sums before the relation gate: the gate drops a whole relation when many
        // of its sums fail, which must not make a reading that breaks them look like a fix.
        let failingBefore = Reconciler().failingSums(table)
        let before = Set(failingBefore.map(FindingKey.init))
        var result: [Substitution] = []
        var seen: Set<[String]> = []
        for key in keys.sorted() {
            guard let cell = cells[key] else { continue }
            var trials: [(position: Int?, symbol: String, text: String)] = []
            for (position, glyph) in cell.glyphs.enumerated() {
                guard let reading = glyph.reading else { continue }
                for choice in reading.choices where choice.text.count == 1 && choice.text.allSatisfy(\.isNumber) {
                    var texts = cell.glyphs.map(\.text)
                    texts[position] = choice.text
                    trials.append((position, choice.text, texts.joined()))
                }
            }
            // The cell read again: when it is doubtful, or when the table could not take it as an
            // amount (a mark the page pass read into it, ":90183").
            let current = table.rows.first { $0.number == key.row }.flatMap { row in
                key.column < row.amounts.count ? row.amounts[key.column]?.text : nil
            }
            if cell.minConfidence < lowConfidence || current != cell.text {
                for reading in readings.of(cell).all where reading != current { trials.append((nil, reading, reading)) }
            }
            for trial in trials {
                guard case let .amount(amount) = AmountParser.parse(trial.text),
                      seen.insert(["\(key.row)", "\(key.column)", amount.text]).inserted else { continue }
                var substitution = Substitution(key: key, position: trial.position, symbol: trial.symbol, amount: amount,
                                                findings: [])
                var candidate = table
                apply(substitution, to: &candidate)
                let after = Reconciler().failingSums(candidate)
                let stillInvolved = after.contains { finding in
                    involvedCells(finding, table: candidate, cells: cells).contains { $0.row == key.row && $0.column == key.column }
                }
                guard !stillInvolved, Set(after.map(FindingKey.init)).isSubset(of: before),
                      after.count < failingBefore.count else { continue }
                substitution.findings = Reconciler().check(candidate).filter(\.check.isArithmetic)
                result.append(substitution)
            }
        }
        return result
    }

    /// The number of figures of a failing sum when every one of them, read again independently,
    /// reads as first read and no other reading makes the sum hold: the printed figures are
    /// confirmed. Nil otherwise (a figure is missing, not an amount, or read differently).
    private func confirmed(_ finding: Finding, table: AllocationTable, cells: [RecognizedCell.Key: RecognizedCell],
                           readings: Readings) -> Int? {
        guard rereader != nil, let figures = sumCells(finding, table: table, cells: cells), !figures.isEmpty else { return nil }
        // An alternative of a digit every reading agrees on and the engine was sure of is no
        // reading of the image; one of a doubtful digit, or another whole reading, would be.
        let supported = validSubstitutions(for: [finding], table: table, cells: cells, readings: readings).filter { fix in
            guard let position = fix.position, let cell = cells[fix.key], cell.glyphs.indices.contains(position) else { return true }
            return (cell.glyphs[position].reading?.confidence ?? 0) < lowConfidence
        }
        guard supported.isEmpty else { return nil }
        for cell in figures {
            // A reading that finds nothing says nothing; one that reads other digits is a doubt.
            let again = readings.of(cell).confirming.filter { !$0.isEmpty }
            guard !again.isEmpty, again.allSatisfy({ $0 == cell.text }) else { return nil }
        }
        return figures.count
    }

    /// Every recognized cell a sum is made of, when each printed figure of it is a recognized cell
    /// whose reading is the table's amount; nil when one is not (an amount that did not parse, a
    /// figure not recognized), or for a check other than a subtotal, total or cross-foot.
    private func sumCells(_ finding: Finding, table: AllocationTable,
                          cells: [RecognizedCell.Key: RecognizedCell]) -> [RecognizedCell]? {
        let places: [RecognizedCell.Key]
        switch finding.check {
        case .crossfoot:
            places = table.amountColumns.indices.map { RecognizedCell.Key(row: finding.row, column: $0) }
        case .subtotal, .total:
            guard let column = table.amountColumns.firstIndex(where: { $0.name == finding.column }) else { return nil }
            places = ([finding.row] + table.rows.filter { $0.parent == finding.row }.map(\.number))
                .map { RecognizedCell.Key(row: $0, column: column) }
        default:
            return nil
        }
        var result: [RecognizedCell] = []
        for place in places {
            guard let row = table.rows.first(where: { $0.number == place.row }), place.column < row.amounts.count else { return nil }
            let amount = row.amounts[place.column]
            switch (amount, cells[place]) {
            case (nil, nil) where row.rawAmounts.indices.contains(place.column) && row.rawAmounts[place.column].isEmpty:
                continue
            case let (amount?, cell?) where amount.text == cell.text:
                result.append(cell)
            default:
                return nil
            }
        }
        return result
    }

    private func apply(_ substitution: Substitution, to table: inout AllocationTable) {
        Self.set(substitution.amount, at: substitution.key, in: &table)
    }

    /// The table with `amount` in the cell at `key`.
    static func set(_ amount: Amount, at key: RecognizedCell.Key, in table: inout AllocationTable) {
        guard let index = table.rows.firstIndex(where: { $0.number == key.row }),
              key.column < table.rows[index].amounts.count else { return }
        table.rows[index].amounts[key.column] = amount
        table.rows[index].rawAmounts[key.column] = amount.text
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

    /// The cells of failing sums that are in doubt: read with little confidence, or in a failing
    /// sum with a cell in doubt or a part not read. A reading the engine is sure of is no sure
    /// reading when another sum it is in fails over a doubtful cell (1777 read 17977 with
    /// confidence 94, its subtotal failing against its one county read 7): the total it is a part
    /// of must not then be blamed on the document, unless its figures are read again alike.
    private func doubtfulCells(_ failing: [Finding], table: AllocationTable, cells: [RecognizedCell.Key: RecognizedCell],
                               recognizedRows: Set<Int>) -> Set<RecognizedCell.Key> {
        let sums = failing.map { finding in
            (cells: involvedCells(finding, table: table, cells: cells).map { RecognizedCell.Key(row: $0.row, column: $0.column) },
             unread: !unreadParts(finding, table: table, recognizedRows: recognizedRows).isEmpty)
        }
        // The doubt spreads from cell to sum to cell, each sum visited once.
        var sumsOf: [RecognizedCell.Key: [Int]] = [:]
        for (index, sum) in sums.enumerated() {
            for key in sum.cells { sumsOf[key, default: []].append(index) }
        }
        var doubtful = Set(sums.flatMap(\.cells).filter { (cells[$0]?.minConfidence ?? 0) < lowConfidence })
        var visited = Set<Int>()
        var pending = Array(doubtful)
        func visit(_ index: Int) {
            guard visited.insert(index).inserted else { return }
            for key in sums[index].cells where doubtful.insert(key).inserted { pending.append(key) }
        }
        for index in sums.indices where sums[index].unread { visit(index) }
        while let key = pending.popLast() {
            for index in sumsOf[key] ?? [] { visit(index) }
        }
        return doubtful
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

    /// The rows (by name) on recognized pages whose cell in a failing sum has no amount.
    private func unreadParts(_ finding: Finding, table: AllocationTable, recognizedRows: Set<Int>) -> [String] {
        let columns: [Int]
        let rows: [Int]
        switch finding.check {
        case .crossfoot:
            columns = Array(table.amountColumns.indices)
            rows = [finding.row]
        case .subtotal, .total:
            guard let column = table.amountColumns.firstIndex(where: { $0.name == finding.column }) else { return [] }
            columns = [column]
            rows = [finding.row] + table.rows.filter { $0.parent == finding.row }.map(\.number)
        default:
            return []
        }
        return table.rows.filter { row in
            rows.contains(row.number) && recognizedRows.contains(row.number)
                && columns.contains { column in (row.amounts.dropFirst(column).first ?? nil) == nil }
        }.map(\.name)
    }

    /// `together`: the other cells of the sum corrected with this one (name, old and new reading).
    private func correctionNote(table: AllocationTable, cell: RecognizedCell, old: String, position: Int?,
                                together: [(name: String, old: String, new: String)]? = nil) -> Finding {
        let row = table.rows.first { $0.number == cell.row }
        let column = cell.column < table.amountColumns.count ? table.amountColumns[cell.column].name : ""
        var (how, howZH) = position.map {
            ("digit \($0 + 1) is the engine's only alternative that makes every sum the cell is in hold",
             "第 \($0 + 1) 位数字的唯一候选能使该单元格参与的所有合计成立")
        } ?? ("the cell read again on its own (enlarged, binarised, another model) reads so, the only reading that "
            + "makes every sum the cell is in hold", "单独重新识别该单元格（放大、二值化、另一模型）读作此数，且是唯一能使该单元格参与的所有合计成立的读法")
        if let together {
            let others = together.map { "\($0.name) \($0.old) → \($0.new)" }.joined(separator: ", ")
            how = "the cell read again on its own reads so at every enlargement" + (others.isEmpty ? "" : ", as does " + others)
                + "; the only combination of such readings that makes every sum the cell is in hold"
            howZH = "单独重新识别该单元格，各放大倍数均读作此数" + (others.isEmpty ? "" : "，" + others + " 亦然")
                + "；是唯一能使该单元格参与的所有合计成立的读法组合"
        }
        return Finding(.ocrCorrected, table: table.index, row: cell.row, page: cell.page, name: row?.name ?? "",
                       column: column, [.text: old, .detail: cell.text, .other: how, .otherZH: howZH,
                                        .reason: Self.describe(cell.box)])
    }

    private func confirmationNote(_ finding: Finding, figures: Int) -> Finding {
        Finding(.ocrConfirmed, table: finding.table, row: finding.row, page: finding.page, name: finding.name,
                column: finding.column, stated: finding.stated, [.text: String(figures), .subject: finding.check.rawValue])
    }

    private func uncertain(_ finding: Finding, cells: [RecognizedCell]) -> Finding {
        let places = cells.map { cell in
            "\(cell.text) at page \(cell.page) box \(Self.describe(cell.box)) (confidence \(Int(cell.minConfidence)))"
        }.joined(separator: "; ")
        let placesZH = cells.map { cell in
            "第 \(cell.page) 页 \(Self.describe(cell.box)) 处的 \(cell.text)（置信度 \(Int(cell.minConfidence))）"
        }.joined(separator: "；")
        return Self.doubt(finding, look: ("; look at " + places, "；请查看 " + placesZH))
    }

    /// The finding as an `ocr_uncertain` doubt about the reading, its fields and message kept
    /// (`look`: where to look, in English and Chinese).
    static func doubt(_ finding: Finding, look: (en: String, zh: String)) -> Finding {
        Finding(.ocrUncertain, table: finding.table, row: finding.row, page: finding.page, name: finding.name,
                column: finding.column, stated: finding.stated, computed: finding.computed,
                [.subject: finding.check.rawValue, .detail: finding.message, .detailZH: finding.messageZH,
                 .reason: look.en, .reasonZH: look.zh])
    }

    /// Checks about a single recognized cell that a misreading explains as well as the document.
    static let readingChecks: Set<Check> = [.invalidAmount, .nonAmount, .negativeAmount, .unknownRegion]

    static func describe(_ box: Box) -> String {
        String(format: "%.1f,%.1f,%.1f,%.1f", box.x0, box.y0, box.x1, box.y1)
    }

    /// What identifies a finding across re-checks.
    struct FindingKey: Hashable {
        var row: Int
        var check: Check
        var column: String

        init(_ finding: Finding) {
            row = finding.row
            check = finding.check
            column = finding.column
        }
    }

    /// The independent readings of cells, each cell read at most once.
    private final class Readings {
        let rereader: (any AmountRereading)?
        private var cache: [String: (confirming: [String], all: [String])] = [:]

        init(rereader: (any AmountRereading)?) {
            self.rereader = rereader
        }

        /// The cell's texts read again on its own: those that can confirm the first reading (the
        /// enlarged ones), and all of them (each can propose a correction); none without images.
        func of(_ cell: RecognizedCell) -> (confirming: [String], all: [String]) {
            let key = "\(cell.page) \(OCRVerifier.describe(cell.box))"
            if let cached = cache[key] { return cached }
            guard let readings = rereader?.digits(page: cell.page, box: cell.box) else { return ([], []) }
            let confirming = readings.enlarged.map(\.text)
            let result = (confirming, confirming + [readings.binarized.text])
            cache[key] = result
            return result
        }

        /// The cell's reading when it is read again at every enlargement alike, and differently
        /// from the first reading; nil otherwise (the image does not say another number).
        func agreed(_ cell: RecognizedCell) -> String? {
            let again = of(cell).confirming
            guard let first = again.first, !first.isEmpty, first != cell.text, again.allSatisfy({ $0 == first }) else { return nil }
            return first
        }
    }
}
