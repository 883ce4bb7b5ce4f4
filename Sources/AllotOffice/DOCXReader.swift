import AllotModel
import AllotXML

/// Reads a docx body in order: paragraphs become lines (their `w:jc` alignment kept, `w:br`
/// splitting lines of one block), tables (`w:tbl`) become grids with `w:gridSpan` and `w:vMerge`
/// as spans, header rows (`w:tblHeader`) marked, and a cell's indentation (`w:ind`, leading spaces)
/// kept for the table stage to read the hierarchy from.
struct DOCXReader {
    let package: ZipPackage
    let maximumColumns: Int

    func read() throws(OfficeError) -> [FlowItem] {
        let part = try PackageRelations.officeDocument(in: package)
        let document = try PackageXML.parse(package, part)
        guard let body = document.child("body") else { throw .missingPart(path: package.path, part: "\(part): w:body") }
        var items: [FlowItem] = []
        var block = 0
        visit(body, items: &items, block: &block)
        return items
    }

    private func visit(_ container: MarkupElement, items: inout [FlowItem], block: inout Int) {
        for element in container.childElements {
            switch element.name {
            case "p":
                block += 1
                let alignment = Self.alignment(of: element)
                for line in Self.lines(of: element) where Self.hasContent(line) {
                    items.append(.line(FlowLine(cells: [line], block: block, alignment: alignment)))
                }
            case "tbl":
                items.append(.grid(table(element), otherwise: nil))
            case "sdt", "sdtContent", "customXml", "ins", "smartTag":
                visit(element, items: &items, block: &block)
            default:
                break
            }
        }
    }

    /// A table's rows on a grid: a cell with `w:vMerge` (no val, or "continue") extends the cell
    /// above it in the same column instead of starting one.
    private func table(_ table: MarkupElement) -> CellGrid {
        struct Pending {
            var text: String
            var row: Int
            var column: Int
            var rowSpan: Int
            var columnSpan: Int
            var isHeader: Bool
            var indent: Double?
        }
        var cells: [Pending] = []
        var openMerge: [Int: Int] = [:]  // grid column → index in cells of the cell a vMerge continues
        let rows = table.children("tr")
        for (rowIndex, row) in rows.enumerated() {
            let isHeader = row.child("trPr")?.child("tblHeader") != nil
            var column = row.child("trPr")?.child("gridBefore")?.attribute("val").flatMap { Int($0) } ?? 0
            for cell in row.children("tc") {
                guard column < maximumColumns else { break }
                let properties = cell.child("tcPr")
                let span = min(max(properties?.child("gridSpan")?.attribute("val").flatMap { Int($0) } ?? 1, 1),
                               maximumColumns - column)
                let merge = properties?.child("vMerge")
                if let merge, merge.attribute("val") != "restart", let anchor = openMerge[column],
                   cells[anchor].column == column {
                    cells[anchor].rowSpan = rowIndex - cells[anchor].row + 1
                } else {
                    let (text, indent) = Self.content(of: cell)
                    cells.append(Pending(text: text, row: rowIndex, column: column, rowSpan: 1, columnSpan: span,
                                         isHeader: isHeader, indent: indent))
                    if merge != nil { openMerge[column] = cells.count - 1 } else { openMerge[column] = nil }
                }
                column += span
            }
        }
        var grid = CellGrid(rowCount: rows.count)
        for cell in cells {
            grid.add(GridCell(text: cell.text, row: cell.row, column: cell.column, rowSpan: cell.rowSpan,
                              columnSpan: cell.columnSpan, isHeader: cell.isHeader, inHead: cell.isHeader,
                              indent: cell.indent))
        }
        return grid
    }

    /// A table cell's text (its paragraphs' lines joined by spaces) and, when its first paragraph
    /// with text is set from the left, where that text starts in em (`DOCXIndent`): the spaces the
    /// first line starts with are kept, as they indent it too (the table stage measures both).
    static func content(of cell: MarkupElement) -> (text: String, indent: Double?) {
        var texts: [String] = []
        var indent: Double?
        for paragraph in cell.children("p") {
            for line in lines(of: paragraph, keepingLeadingSpaces: texts.isEmpty) where hasContent(line) {
                if texts.isEmpty { indent = DOCXIndent.em(of: paragraph) }
                texts.append(texts.isEmpty && indent != nil ? line : line.trimmingCharacters(in: .whitespaces))
            }
        }
        return (texts.joined(separator: " "), indent)
    }

    /// The lines of a paragraph: runs' text joined, split at `w:br` and `w:cr`, tabs as spaces;
    /// trimmed, but for the first line's leading spaces when `keepingLeadingSpaces`.
    static func lines(of paragraph: MarkupElement, keepingLeadingSpaces: Bool = false) -> [String] {
        var lines = [""]
        func walk(_ element: MarkupElement) {
            for child in element.childElements {
                switch child.name {
                case "t": lines[lines.count - 1] += child.text
                case "tab": lines[lines.count - 1] += " "
                case "br", "cr": lines.append("")
                case "pPr", "rPr", "instrText", "delText", "fldChar": continue
                default: walk(child)
                }
            }
        }
        walk(paragraph)
        return lines.enumerated().map { index, line in
            guard keepingLeadingSpaces, index == 0 else { return line.trimmingCharacters(in: .whitespaces) }
            return String(line.reversed().drop { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }.reversed())
        }
    }

    private static func alignment(of paragraph: MarkupElement) -> LineAlignment {
        switch paragraph.child("pPr")?.child("jc")?.attribute("val") {
        case "center": .center
        case "right", "end": .right
        default: .left
        }
    }

    static func hasContent(_ text: String) -> Bool { SheetCells.hasContent(text) }
}
