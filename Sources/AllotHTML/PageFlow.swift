import AllotModel
import AllotText

/// Walks a page's element tree in document order and turns it into lines and table grids:
/// every block element (paragraph, heading, list item, table cell) starts a new line; portal
/// chrome and hidden elements are skipped; layout tables are read through, cell by cell. Lines
/// split by `<br>` share their block number; a line's alignment is its block's declared one.
struct PageFlow {
    private let chrome: ChromeFilter
    private let maximumColumns: Int
    private let rules: StyleRules
    private(set) var items: [FlowItem] = []
    private var buffer = ""
    private var block = 0
    private var preformatted = 0
    /// Declared alignments of the open elements, innermost last.
    private var alignments: [LineAlignment] = []
    private var alignment: LineAlignment { alignments.last ?? .left }

    /// The items of the page under `root`.
    static func items(of root: HTMLElement, settings: HTMLSettings) -> [FlowItem] {
        var flow = PageFlow(settings: settings, rules: StyleRules.read(root))
        flow.visitElement(root)
        flow.endBlock()
        return flow.items
    }

    private init(settings: HTMLSettings, rules: StyleRules) {
        chrome = ChromeFilter(settings: settings)
        maximumColumns = settings.maximumColumns
        self.rules = rules
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

    /// A table holding tables is layout: read through it. Otherwise its grid goes to the table
    /// stage, with the lines it reads as when it is no allocation table: page content laid out in
    /// a table (paragraphs in its cells) read through, or a small table's rows, one line each.
    private mutating func visitTable(_ table: HTMLElement) {
        if table.containsDescendant(where: { $0.name == "table" }) {
            visitChildren(of: table)
            return
        }
        let grid = HTMLTableGrid.grid(table, chrome: chrome, maximumColumns: maximumColumns, rules: rules)
        var otherwise: [FlowLine] = []
        if hasBlockCells(table) {
            let start = items.count
            visitChildren(of: table)
            otherwise = items[start...].compactMap { if case let .line(line) = $0 { line } else { nil } }
            items.removeSubrange(start...)
        } else {
            for row in 0..<grid.rowCount {
                let cells = grid.distinctCells(row: row).filter { $0.row == row }.map(\.text)
                    .filter(HTMLText.hasContent)
                if !cells.isEmpty, !Self.isChrome(cells) {
                    otherwise.append(FlowLine(cells: cells, block: block, alignment: alignment))
                }
                block += 1
            }
        }
        items.append(.grid(grid, otherwise: otherwise))
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
        if HTMLText.hasContent(line), !Self.isChrome([line]) {
            items.append(.line(FlowLine(cells: [line], block: block, alignment: alignment)))
        }
    }

    /// Portal lines (发布时间：…, 浏览次数, 【打印本页】) that are never the notice's.
    private static func isChrome(_ cells: [String]) -> Bool {
        PortalMetadata.isChromeLine(NameNormalizer.normalize(cells.joined()))
    }

    private mutating func endBlock() {
        flush()
        block += 1
    }
}
