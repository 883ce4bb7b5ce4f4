/// One item of a page in reading order.
enum FlowItem {
    /// A line of text: one cell for a paragraph line, one per cell for a row of a table that is
    /// not an allocation table. Lines split by `<br>` share their block number. `alignment` is the
    /// block's declared alignment (left when none is declared).
    case line(cells: [String], block: Int, alignment: TextAlignment)
    /// An allocation table.
    case table(HTMLTable)
}

/// Walks a page's element tree in document order and turns it into lines and allocation tables:
/// every block element (paragraph, heading, list item, table cell) starts a new line; portal
/// chrome and hidden elements are skipped; layout tables are read through, cell by cell.
struct PageFlow {
    private let chrome: ChromeFilter
    private let reader: TableReader
    private(set) var items: [FlowItem] = []
    private var buffer = ""
    private var block = 0
    private var preformatted = 0
    /// Declared alignments of the open elements, innermost last.
    private var alignments: [TextAlignment] = []
    private var alignment: TextAlignment { alignments.last ?? .left }

    /// The items of the page under `root`.
    static func items(of root: HTMLElement, settings: HTMLSettings) -> [FlowItem] {
        var flow = PageFlow(settings: settings)
        flow.visitElement(root)
        flow.endBlock()
        return flow.items
    }

    private init(settings: HTMLSettings) {
        chrome = ChromeFilter(settings: settings)
        reader = TableReader(settings: settings, chrome: chrome)
    }

    private mutating func visitChildren(of element: HTMLElement) {
        for child in element.children {
            switch child {
            case let .text(text): append(text)
            case let .element(inner): visitElement(inner)
            }
        }
    }

    private mutating func visitElement(_ element: HTMLElement) {
        if chrome.isChrome(element) { return }
        if element.name == "br" {
            flush()
            return
        }
        let isBlock = HTMLText.blockElements.contains(element.name)
        // The text before a block belongs to the enclosing block, with its alignment.
        if isBlock { endBlock() }
        let declared = TextAlignment.declared(by: element)
        if let declared { alignments.append(declared) }
        switch element.name {
        case "table":
            visitTable(element)
        case "pre":
            preformatted += 1
            visitChildren(of: element)
            preformatted -= 1
        default:
            visitChildren(of: element)
        }
        if isBlock { endBlock() }
        if declared != nil { alignments.removeLast() }
    }

    /// A table holding tables is layout: read through it. Otherwise it is an allocation table,
    /// page content laid out in a table (paragraphs in its cells: read through it too), or a small
    /// table whose rows become lines.
    private mutating func visitTable(_ table: HTMLElement) {
        if table.containsDescendant(where: { $0.name == "table" }) {
            visitChildren(of: table)
            return
        }
        switch reader.read(table) {
        case let .allocation(allocation):
            items.append(.table(allocation))
        case .other where hasBlockCells(table):
            visitChildren(of: table)
        case let .other(grid):
            for row in 0..<grid.rowCount {
                let cells = grid.distinctCells(row: row).filter { $0.row == row }.map(\.text)
                    .filter(HTMLText.hasContent)
                if !cells.isEmpty { items.append(.line(cells: cells, block: block, alignment: alignment)) }
                block += 1
            }
        }
    }

    private func hasBlockCells(_ table: HTMLElement) -> Bool {
        table.containsDescendant { cell in
            (cell.name == "td" || cell.name == "th")
                && cell.containsDescendant { $0.name == "br" || HTMLText.blockElements.contains($0.name) }
        }
    }

    private mutating func append(_ text: String) {
        guard preformatted > 0 else {
            buffer += text
            return
        }
        let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            if index > 0 { flush() }
            buffer += piece
        }
    }

    /// Ends the current line (a `<br>`): the next line stays in the same block.
    private mutating func flush() {
        let line = HTMLText.collapsed(buffer)
        buffer = ""
        if HTMLText.hasContent(line) { items.append(.line(cells: [line], block: block, alignment: alignment)) }
    }

    private mutating func endBlock() {
        flush()
        block += 1
    }
}
