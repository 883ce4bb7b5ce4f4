import AllotModel

/// Lays out the rows of a `<table>` (not those of tables nested in it) on a grid as a browser
/// does: each cell in the first free slot of its row, covering its rowspan and colspan, clamped
/// to the table; `<tfoot>` rows go last. Each cell keeps how far its text is set in (`CellIndent`).
enum HTMLTableGrid {
    static func grid(_ table: HTMLElement, chrome: ChromeFilter, maximumColumns: Int,
                     rules: StyleRules = StyleRules()) -> CellGrid {
        var body: [RowSource] = []
        var foot: [RowSource] = []
        var caption = ""
        for child in table.childElements {
            if child.name == "caption" {
                caption = HTMLText.flattened(child, chrome: chrome)
            } else {
                collectRows(child, inHead: false, inFoot: false, body: &body, foot: &foot)
            }
        }
        let rows = body + foot
        var grid = CellGrid(rowCount: rows.count, caption: caption)
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for element in row.cells {
                column = grid.freeColumn(row: rowIndex, from: column)
                guard column < maximumColumns else { break }
                let columnSpan = min(span(element.attribute("colspan"), zero: 1), maximumColumns - column)
                let rowSpan = min(span(element.attribute("rowspan"), zero: rows.count), rows.count - rowIndex)
                grid.add(GridCell(text: HTMLText.flattened(element, chrome: chrome), row: rowIndex, column: column,
                                  rowSpan: rowSpan, columnSpan: columnSpan, isHeader: element.name == "th",
                                  inHead: row.inHead, indent: CellIndent.em(of: element, row: row.element, rules: rules)))
                column += columnSpan
            }
        }
        return grid
    }

    private struct RowSource {
        var cells: [HTMLElement]
        var inHead: Bool
        var element: HTMLElement
    }

    /// Rows under `element`, descending through sections and stray wrappers but not nested tables.
    private static func collectRows(_ element: HTMLElement, inHead: Bool, inFoot: Bool,
                                    body: inout [RowSource], foot: inout [RowSource]) {
        switch element.name {
        case "table":
            return
        case "tr":
            let row = RowSource(cells: cells(of: element), inHead: inHead, element: element)
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
