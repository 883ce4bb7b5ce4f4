/// A `<table>` laid out on a grid: every cell placed at its row and column, rowspan and colspan
/// expanded, so that each grid slot knows which printed cell covers it.
struct TableGrid: Sendable {
    /// One printed cell.
    struct Cell: Sendable, Equatable {
        /// Text on one line, ASCII whitespace collapsed, NBSP and U+3000 kept.
        var text: String
        /// A `<th>` cell.
        var isHeader: Bool
        /// The cell sits in `<thead>`.
        var inHead: Bool
        /// Top row and left column of the cell.
        var row: Int
        var column: Int
        /// Rows and columns covered, after clamping to the table.
        var rowSpan: Int
        var columnSpan: Int
    }

    /// The printed cells in document order.
    private(set) var cells: [Cell] = []
    /// slots[row][column]: index into `cells` of the cell covering the slot, nil for a hole.
    private(set) var slots: [[Int?]] = []
    /// Text of the `<caption>`, empty when none.
    private(set) var caption = ""

    /// Number of rows (one per `<tr>`).
    var rowCount: Int { slots.count }
    /// Number of columns of the widest row.
    var columnCount: Int { slots.first?.count ?? 0 }

    /// Lays out the rows of `table` (not those of tables nested in it); `<tfoot>` rows go last.
    init(_ table: HTMLElement, chrome: ChromeFilter, maximumColumns: Int) {
        var body: [RowSource] = []
        var foot: [RowSource] = []
        for child in table.childElements {
            if child.name == "caption" {
                caption = HTMLText.flattened(child, chrome: chrome)
            } else {
                Self.collectRows(child, inHead: false, inFoot: false, body: &body, foot: &foot)
            }
        }
        let rows = body + foot
        slots = Array(repeating: [], count: rows.count)
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for element in row.cells {
                while column < slots[rowIndex].count, slots[rowIndex][column] != nil { column += 1 }
                guard column < maximumColumns else { break }
                let columnSpan = min(Self.span(element.attribute("colspan"), zero: 1), maximumColumns - column)
                let rowSpan = min(Self.span(element.attribute("rowspan"), zero: rows.count), rows.count - rowIndex)
                let index = cells.count
                cells.append(Cell(text: HTMLText.flattened(element, chrome: chrome), isHeader: element.name == "th",
                                  inHead: row.inHead, row: rowIndex, column: column,
                                  rowSpan: rowSpan, columnSpan: columnSpan))
                for covered in rowIndex..<(rowIndex + rowSpan) {
                    for slot in column..<(column + columnSpan) {
                        while slots[covered].count <= slot { slots[covered].append(nil) }
                        slots[covered][slot] = index
                    }
                }
                column += columnSpan
            }
        }
        let width = slots.map(\.count).max() ?? 0
        for index in slots.indices where slots[index].count < width {
            slots[index] += Array(repeating: nil, count: width - slots[index].count)
        }
    }

    /// The cell covering a slot, nil for a hole or outside the grid.
    func cell(row: Int, column: Int) -> Cell? {
        guard slots.indices.contains(row), slots[row].indices.contains(column),
              let index = slots[row][column] else { return nil }
        return cells[index]
    }

    /// Index into `cells` of the cell covering a slot.
    func cellIndex(row: Int, column: Int) -> Int? {
        guard slots.indices.contains(row), slots[row].indices.contains(column) else { return nil }
        return slots[row][column]
    }

    /// The distinct cells of a row, left to right (spanning cells once).
    func distinctCells(row: Int) -> [Cell] {
        guard slots.indices.contains(row) else { return [] }
        var seen: Set<Int> = []
        return slots[row].compactMap { index in
            guard let index, seen.insert(index).inserted else { return nil }
            return cells[index]
        }
    }

    /// True when the row is one cell across the whole table (a title, unit or note row).
    func isSpanningRow(_ row: Int) -> Bool {
        columnCount > 1 && distinctCells(row: row).count == 1 && slots[row].allSatisfy { $0 != nil }
    }

    private struct RowSource {
        var cells: [HTMLElement]
        var inHead: Bool
    }

    /// Rows under `element`, descending through sections and stray wrappers but not nested tables.
    private static func collectRows(_ element: HTMLElement, inHead: Bool, inFoot: Bool,
                                    body: inout [RowSource], foot: inout [RowSource]) {
        switch element.name {
        case "table":
            return
        case "tr":
            let row = RowSource(cells: cells(of: element), inHead: inHead)
            if inFoot { foot.append(row) } else { body.append(row) }
        default:
            for child in element.childElements {
                collectRows(child, inHead: inHead || element.name == "thead", inFoot: inFoot || element.name == "tfoot",
                            body: &body, foot: &foot)
            }
        }
    }

    /// The `<td>`/`<th>` cells of a row, including those that broken markup wrapped in other elements.
    private static func cells(of row: HTMLElement) -> [HTMLElement] {
        row.childElements.flatMap { child -> [HTMLElement] in
            switch child.name {
            case "td", "th": [child]
            case "table", "tr": []
            default: cells(of: child)
            }
        }
    }

    /// A span attribute: leading digits, at least 1; 0 means `zero` (rowspan="0" spans the rest).
    private static func span(_ value: String?, zero: Int) -> Int {
        guard let value else { return 1 }
        let digits = value.drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }.prefix(6)
        guard let number = Int(digits) else { return 1 }
        return number == 0 ? max(zero, 1) : number
    }
}
