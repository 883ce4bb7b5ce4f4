import AllotModel
import AllotNormalize

/// A table being read: rows so far, the label fragment of a wrapped name, page-break state.
struct OpenTable {
    let index: Int
    let title: String
    let titleKeys: Set<String>
    let unit: String
    let attachment: String
    let columns: [TableColumn]
    let headerSignature: String
    let settings: TableSettings
    let assigner: ColumnAssigner
    /// The title lines above the header (removed from the body when the table is real).
    let titleLines: [TextLine]
    /// Every line the table took (header and data), to give back to the body if it is not a table.
    private(set) var consumedLines: [TextLine]
    /// True once a row has an amount or a dash in an amount column.
    private(set) var hasAmounts = false
    private(set) var rows: [RawTableRow] = []
    /// Rows added since the last page break (0 right after a break: furniture may repeat).
    private(set) var rowsSincePageBreak = 0
    /// A line with only a label and no amounts, waiting to learn what it belongs to.
    private var fragment: (line: TextLine, label: String)?

    init(index: Int, title: String, titleKeys: Set<String>, unit: String, attachment: String,
         columns: [TableColumn], headerSignature: String, settings: TableSettings,
         titleLines: [TextLine], headerLines: [TextLine]) {
        self.titleLines = titleLines
        self.consumedLines = headerLines
        self.index = index
        self.title = title
        self.titleKeys = titleKeys
        self.unit = unit
        self.attachment = attachment
        self.columns = columns
        self.headerSignature = headerSignature
        self.settings = settings
        self.assigner = ColumnAssigner(columns: columns)
    }

    var raw: RawTable {
        RawTable(index: index, title: title, unit: unit, attachment: attachment, columns: columns, rows: rows)
    }

    private var labelColumn: Int? { columns.firstIndex { $0.role == .label } }
    private var remarkColumn: Int? { columns.firstIndex { $0.role == .remark } }
    private var amountColumns: [Int] { columns.indices.filter { columns[$0].role == .amount } }

    mutating func pageBreak() {
        settleFragment(nextLabelEmpty: false, next: nil)
        rowsSincePageBreak = 0
    }

    /// Adds a data line; false when the line does not belong to the table (the table ends).
    mutating func add(_ line: TextLine) -> Bool {
        let accepted = take(line)
        if accepted { consumedLines.append(line) }
        return accepted
    }

    private mutating func take(_ line: TextLine) -> Bool {
        var cells = assigner.assign(line)
        let amounts = amountColumns.map { AmountParser.parse(NameNormalizer.normalize(cells[$0])) }
        let hasAmount = amounts.contains { if case .amount = $0 { true } else { false } }
        let hasDash = zip(amountColumns, amounts).contains { column, parse in
            if case .empty = parse { !cells[column].isEmpty } else { false }
        }
        let invalidTexts = zip(amountColumns, amounts).compactMap { column, parse -> String? in
            if case .invalid = parse { cells[column] } else { nil }
        }
        let label = labelColumn.map { cells[$0] } ?? ""
        let labelEmpty = NameNormalizer.normalize(label).isEmpty
        if !hasAmount && !hasDash {
            if invalidTexts.contains(where: Self.isProse) || invalidTexts.isEmpty && !fitsTable(line) {
                return false
            }
            if invalidTexts.isEmpty {
                if labelEmpty, let remarkColumn, !cells[remarkColumn].isEmpty, !rows.isEmpty {
                    appendToLastRow(column: remarkColumn, text: cells[remarkColumn], line: line)
                    return true
                }
                if !labelEmpty {
                    settleFragment(nextLabelEmpty: false, next: line)
                    fragment = (line, label)
                    return true
                }
                return false
            }
        }
        if invalidTexts.contains(where: Self.isProse) { return false }
        if labelEmpty, let labelColumn, let pending = fragment {
            cells[labelColumn] = pending.label
            fragment = nil
        } else {
            settleFragment(nextLabelEmpty: labelEmpty, next: line)
        }
        if hasAmount || hasDash { hasAmounts = true }
        let box = line.box
        rows.append(RawTableRow(page: line.page, cells: cells, box: box))
        rowsSincePageBreak += 1
        return true
    }

    mutating func finish() {
        settleFragment(nextLabelEmpty: false, next: nil)
    }

    /// Decides what a waiting label-only line was: the tail of the previous row's wrapped label
    /// when it sits tight under it, otherwise a row of its own without amounts.
    private mutating func settleFragment(nextLabelEmpty: Bool, next: TextLine?) {
        guard let pending = fragment, let labelColumn else { fragment = nil; return }
        fragment = nil
        if let last = rows.last, last.page == pending.line.page,
           pending.line.box.y0 - last.box.y1 <= settings.wrapGap * pending.line.fontSize {
            appendToLastRow(column: labelColumn, text: pending.label, line: pending.line)
            return
        }
        var cells = Array(repeating: "", count: columns.count)
        cells[labelColumn] = pending.label
        rows.append(RawTableRow(page: pending.line.page, cells: cells, box: pending.line.box))
        rowsSincePageBreak += 1
    }

    private mutating func appendToLastRow(column: Int, text: String, line: TextLine) {
        guard var last = rows.popLast() else { return }
        last.cells[column] += text
        last.box = last.box.union(line.box)
        rows.append(last)
    }

    /// A line fits the table when all its cells lie within the header's horizontal extent.
    private func fitsTable(_ line: TextLine) -> Bool {
        guard let first = columns.first, let last = columns.last else { return false }
        let width = last.x1 - first.x0
        return line.box.x0 >= first.x0 - width * 0.5 && line.box.x1 <= last.x1 + width * 0.5
            && line.compact.count <= 40
    }

    /// Text in an amount cell that is prose (ideographs), which means the table has ended.
    private static func isProse(_ text: String) -> Bool {
        text.unicodeScalars.filter { $0.properties.isIdeographic }.count >= 2
    }
}
