import AllotModel
import AllotText
import Foundation

/// Reads each raw row on its own: normalized label, classification code, level, exact amounts (the
/// one place amount cells are parsed into values) and remark; cells that are not amounts become
/// findings. Each side of a two-sided table (收入 | 支出) is read as rows of its own, the left
/// side's first; amounts of the other side are empty.
enum RowReader {
    /// The raw rows are taken out of the table on its last side and let go as they are drafted
    /// (`ReleasedRows`): a large sheet's rows are then held raw or drafted, not both side by side.
    static func read(_ raw: inout RawTable) -> (drafts: RowDrafts, findings: [Finding]) {
        let sides = TableSides.of(raw.columns)
        var findings: [Finding] = []
        var drafts = RowDrafts(expectedCount: raw.rowCount)
        for (sideIndex, side) in sides.enumerated() {
            read(&raw, side: side, sideIndex: sideIndex, isTwoSided: sides.count > 1,
                 lastSide: sideIndex == sides.count - 1, into: &drafts, &findings)
        }
        return (drafts, findings)
    }

    private static func read(_ raw: inout RawTable, side: [Int], sideIndex: Int, isTwoSided: Bool, lastSide: Bool,
                             into drafts: inout RowDrafts, _ findings: inout [Finding]) {
        let labelColumn = side.first { raw.columns[$0].role == .label }
        // The table stage measures one label's indentation a row: the first label column's. The
        // other side of a two-sided table has its own labels, not measured: it has no indentation
        // of its own, and must not take the first side's.
        let measuresIndent = labelColumn != nil && labelColumn == raw.columns.firstIndex { $0.role == .label }
        let remarkColumn = side.first { raw.columns[$0].role == .remark }
        let codeColumns = side.filter { raw.columns[$0].role == .code }
        let amountIndices = raw.columns.indices.filter { raw.columns[$0].role == .amount }
        let inSide = amountIndices.filter { side.contains($0) }
        var previousCode: ClassificationCode?
        let rowCount = raw.rowCount
        let dashedMinus = dashedMinusColumns(raw, amountIndices: amountIndices, side: side)
        // On the last side the rows are taken over and let go as they are read.
        var released = ReleasedRows(lastSide ? raw.takeRows() : .listed([]))
        // Cells that are no amount, decided once the column's evidence is counted (`AmountColumnEvidence`).
        var evidence = AmountColumnEvidence(unit: raw.unit, columns: amountIndices.count)
        var unread: [(finding: Int, column: Int, text: String, reason: AmountParseFailure)] = []
        // A label holding an amount of its own ran into the next column: the table's columns were
        // misread, so what fails to parse in its amount cells is out of place, no misprint.
        var ranTogether = false
        for rawIndex in 0..<rowCount {
            let rawRow = lastSide ? released.take(rawIndex) : raw.row(at: rawIndex) ?? ReleasedRows.empty
            if isTwoSided {
                // A row of the other side only (the shorter side ends first) is not a row here.
                let texts = (labelColumn.map { [cell(rawRow, $0)] } ?? []) + inSide.map { cell(rawRow, $0) }
                    + codeColumns.map { cell(rawRow, $0) }
                guard texts.contains(where: { !NameNormalizer.normalize($0).isEmpty }) else { continue }
            }
            let number = drafts.count + 1
            let rawName = labelColumn.map { cell(rawRow, $0) } ?? ""
            let (code, label) = codeAndLabel(codeCells: codeColumns.map { cell(rawRow, $0) }, rawName: rawName,
                                             previous: previousCode)
            if let code { previousCode = code }
            let name = NameNormalizer.normalize(label)
            if !ranTogether, holdsAmount(name) { ranTogether = true }
            let classified = RowClassifier.classify(name)
            let rawAmounts = amountIndices.map { side.contains($0) ? cell(rawRow, $0) : "" }
            var amounts: [Amount?] = []
            amounts.reserveCapacity(rawAmounts.count)
            for (position, (column, text)) in zip(amountIndices, rawAmounts).enumerated() {
                let header = raw.columns[column].name
                var parse = AmountParser.parse(text)
                if case .invalid = parse, dashedMinus.contains(position), let negative = AmountParser.dashedNegative(text) {
                    parse = .amount(negative)
                }
                if side.contains(column) { evidence.record(position, parse, level: classified.level) }
                switch parse {
                case let .amount(amount):
                    amounts.append(amount)
                    if amount.value < 0 {
                        findings.append(Finding(.negativeAmount, table: raw.index, row: number, page: rawRow.page,
                                                name: name, column: header, stated: amount.value,
                                                [.text: amount.text]))
                    }
                case .empty:
                    amounts.append(nil)
                case let .invalid(reason):
                    amounts.append(nil)
                    let check: Check = isUnplacedCell(text) ? .unplacedText : .invalidAmount
                    if check == .invalidAmount { unread.append((findings.count, position, text, reason)) }
                    findings.append(Finding(check, table: raw.index, row: number, page: rawRow.page,
                                            name: name, column: header,
                                            [.text: text, .reason: reason.english, .reasonZH: reason.chinese]))
                }
            }
            // A row with a label and nothing at all in its amount cells heads a group; so does a row
            // with neither label, code nor amounts (a header remnant such as 类 款 项): it is no item.
            let blankAmounts = rawAmounts.allSatisfy { NameNormalizer.normalize($0).isEmpty }
            let heading = blankAmounts && (!name.isEmpty || code == nil)
            let level: RowLevel = classified.level == .item && heading ? .group : classified.level
            drafts.append(RowDraft(
                number: number, page: rawRow.page, level: level, rawName: rawName, name: name,
                namedRegion: classified.region, amounts: amounts, rawAmounts: rawAmounts,
                remark: remarkColumn.map { NameNormalizer.normalizeText(cell(rawRow, $0)) } ?? "",
                code: code, side: sideIndex, indent: measuresIndent ? rawRow.labelIndent : nil,
                labelEnd: measuresIndent ? rawRow.labelEnd : nil, printedRow: rawIndex + 1))
        }
        for cell in unread where ranTogether || !evidence.confirms(cell.column) || AmountColumnEvidence.isEntry(cell.text) {
            let found = findings[cell.finding]
            findings[cell.finding] = Finding(ranTogether ? .unplacedText : .nonAmount, table: found.table, row: found.row,
                                             page: found.page,
                                             name: found.name, column: found.column,
                                             [.text: cell.text, .reason: cell.reason.english, .reasonZH: cell.reason.chinese])
        }
        // The last rows' texts, fewer than `releaseEvery`, go back too (a large table's only).
        if lastSide, rowCount >= ReleasedRows.releaseEvery { FreedMemory.giveBack() }
    }

    /// The row's classification code, from the code columns (类 | 款 | 项, or one 科目编码 cell; a
    /// blank parent cell repeats the row above's) or from the front of the label, and the label
    /// without it. Text that strayed into a code column ("01行政运行", "20113商贸事务" with an
    /// empty label cell) goes back in front of the label.
    static func codeAndLabel(codeCells: [String], rawName: String,
                             previous: ClassificationCode? = nil) -> (ClassificationCode?, String) {
        var digits: [String] = []
        var strayed = ""
        for cell in codeCells {
            let (number, rest) = splitLeadingDigits(cell)
            digits.append(number)
            strayed += rest
        }
        let label = strayed + rawName
        if let code = ClassificationCode.fromCells(digits, previous: previous) { return (code, label) }
        if codeCells.isEmpty, let leading = ClassificationCode.leading(rawName) { return (leading.code, leading.rest) }
        return (nil, label)
    }

    /// A cell's leading digits (with inner spaces) and the text after them.
    private static func splitLeadingDigits(_ cell: String) -> (digits: String, rest: String) {
        let trimmed = cell.drop { $0.isWhitespace || $0 == "\u{3000}" }
        let number = trimmed.prefix { ($0.isASCII && $0.isNumber) || $0 == " " || ("０"..."９").contains($0) }
        return (String(number), String(trimmed.dropFirst(number.count)))
    }

    /// Words or two run-together amounts in an amount cell are a cell the layout put in the wrong
    /// place (a wrapped name, a note under the table, a missed column boundary: "2,946.252,940.05"),
    /// not an absurd amount: ideographs, or two Latin words or more ("retail outlets"); stray
    /// letters, one word ("abc", "NA") and overlong numbers stay `invalid_amount`.
    static func isUnplacedCell(_ text: String) -> Bool {
        let ideographs = text.unicodeScalars.contains { $0.properties.isIdeographic }
        let latin = text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
        return (ideographs && !latin) || text.filter({ $0 == "." }).count > 1 || LatinWords.count(in: text, upTo: 2) >= 2
    }

    /// True when `label` holds a figure printed as an amount: a run of digits with a decimal fraction,
    /// of two digits or after four digits or more ("工资福利支出12,285.31商品和服务支出", "绩效工资0.00邮电费",
    /// "事业单位医疗1835.23366.93"), as when a missed column boundary runs a row's cells together.
    /// Numbers names carry (years, "5G", "第3季度", "2.5米", "1,000人") have no such fraction.
    static func holdsAmount(_ label: String) -> Bool {
        var digits = 0
        var fractionDigits = 0
        var afterPoint = false
        func isAmount() -> Bool { fractionDigits > 0 && (fractionDigits == 2 || digits >= 4) }
        for scalar in label.unicodeScalars {
            switch scalar {
            case "0"..."9":
                digits += 1
                if afterPoint { fractionDigits += 1 }
            case ".":
                if isAmount() { return true }
                afterPoint = digits > 0
                fractionDigits = 0
            case ",":
                continue
            default:
                if isAmount() { return true }
                digits = 0
                fractionDigits = 0
                afterPoint = false
            }
        }
        return isAmount()
    }

    /// The cell of `column`, "" when the row is shorter than the header.
    /// The amount columns (positions among `amountIndices`, on `side`) where a short dash before a
    /// figure ("–1.0") is a minus sign: the table confirms the column holds amounts
    /// (`AmountColumnEvidence`: a money unit or a sum row's amount, and at least half its filled
    /// cells amounts) with such cells read as negatives. In a column that is not confirmed (cells
    /// run together: "–1.0" a placeholder dash and the next cell's 1.0, beside "0.99.1") the dash
    /// stays unread, a note. Whether a sum takes the negative in is judged after placement
    /// (`TableNormalizer.withoutConfirmedNegatives`). Empty, without a second look at the cells,
    /// when no amount cell holds such a dash.
    private static func dashedMinusColumns(_ raw: RawTable, amountIndices: [Int], side: [Int]) -> Set<Int> {
        let positions = amountIndices.indices.filter { side.contains(amountIndices[$0]) }
        var candidates = Set<Int>()
        // By position: a grid table's rows held as read are not built whole (`RawTable.cell`).
        for row in 0..<raw.rowCount {
            for position in positions where !candidates.contains(position) {
                let text = raw.cell(row: row, column: amountIndices[position]) ?? ""
                if AmountParser.mayBeDashed(text), AmountParser.dashedNegative(text) != nil { candidates.insert(position) }
            }
        }
        guard !candidates.isEmpty else { return [] }
        let labelColumn = side.first { raw.columns[$0].role == .label }
        var evidence = AmountColumnEvidence(unit: raw.unit, columns: amountIndices.count)
        for row in 0..<raw.rowCount {
            let label = labelColumn.flatMap { raw.cell(row: row, column: $0) } ?? ""
            let level = RowClassifier.classify(NameNormalizer.normalize(label)).level
            for position in candidates {
                let text = raw.cell(row: row, column: amountIndices[position]) ?? ""
                var parse = AmountParser.parse(text)
                if case .invalid = parse, let negative = AmountParser.dashedNegative(text) { parse = .amount(negative) }
                evidence.record(position, parse, level: level)
            }
        }
        return candidates.filter { evidence.confirms($0) }
    }

    private static func cell(_ row: RawTableRow, _ column: Int) -> String {
        row.cells.indices.contains(column) ? row.cells[column] : ""
    }
}

/// A table's raw rows read once, in order, each let go as it is taken (`RawTableRows.take`: a
/// listed row's texts go with it, the row itself, 64 bytes, stays in the array to the end; a grid
/// table's rows held as read are built one at a time and their texts go a chunk at a time). Each
/// time `releaseEvery` rows have been taken, the small blocks freed go back to the system
/// (`FreedMemory`): moving the rows not yet taken to an array of their own instead held both
/// arrays at once, the peak of a large sheet's run.
struct ReleasedRows {
    /// Rows taken between two give-backs.
    static let releaseEvery = FreedMemory.batchRows

    /// What a row outside the table reads as.
    static let empty = RawTableRow(page: 0, cells: [], box: Box(x0: 0, y0: 0, x1: 0, y1: 0))

    /// The rows, a plain list or held as read (the other empty).
    private var listed: [RawTableRow] = []
    private var held: SyntheticRows?
    private var taken = 0

    init(_ rows: consuming RawTableRows) {
        switch consume rows {
        case let .listed(rows): listed = rows
        case let .synthetic(rows): held = rows
        }
    }

    /// The row at `position`, once (an empty row when it is not held or was taken; a held row's
    /// texts are let go with their chunk once a later chunk is read).
    mutating func take(_ position: Int) -> RawTableRow {
        var row = Self.empty
        if let count = held?.count {
            guard position >= 0, position < count, let built = held?.row(at: position) else { return Self.empty }
            row = built
            held?.releaseRows(before: position)
        } else {
            guard listed.indices.contains(position) else { return Self.empty }
            swap(&row, &listed[position])
        }
        FreedMemory.giveBack(atRow: taken)
        taken += 1
        return row
    }
}
