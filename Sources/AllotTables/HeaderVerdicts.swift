import AllotModel
import AllotText

/// The header tests of one page's lines, each computed at most once per line. The scan asks about
/// the same line several times (as the line at hand, as a line under a header, as the rest of a
/// page after a table stops), and each answer needs the line's compact text and merged cells.
final class HeaderVerdicts {
    private let parser: HeaderParser
    private let lines: [TextLine]
    private var compacts: [String?]
    private var merged: [[String]?]
    private var shortCells: [[String]??]
    private var headerLines: [Bool?]
    private var headerShaped: [Bool?]
    private var continuations: [Bool?]

    /// No line computed yet.
    init(parser: HeaderParser, lines: [TextLine]) {
        self.parser = parser
        self.lines = lines
        compacts = Array(repeating: nil, count: lines.count)
        merged = Array(repeating: nil, count: lines.count)
        shortCells = Array(repeating: nil, count: lines.count)
        headerLines = Array(repeating: nil, count: lines.count)
        headerShaped = Array(repeating: nil, count: lines.count)
        continuations = Array(repeating: nil, count: lines.count)
    }

    /// `TextLine.compact` of the line at `index` ("" outside the page).
    func compact(_ index: Int) -> String {
        Self.memo(&compacts, index, "") { lines[index].compact }
    }

    /// `HeaderParser.isHeaderLine` of the line at `index` (false outside the page).
    func isHeaderLine(_ index: Int) -> Bool {
        Self.memo(&headerLines, index, false) { parser.isHeaderLine(shortCells: shortCellTexts(index)) }
    }

    /// `HeaderParser.isHeaderShaped` of the line at `index` (false outside the page).
    func isHeaderShaped(_ index: Int) -> Bool {
        Self.memo(&headerShaped, index, false) { parser.isHeaderShaped(shortCells: shortCellTexts(index)) }
    }

    /// `HeaderParser.isHeaderContinuation` of the line at `index` (false outside the page).
    func isHeaderContinuation(_ index: Int) -> Bool {
        Self.memo(&continuations, index, false) {
            parser.isHeaderContinuation(compact: compact(index), mergedTexts: mergedTexts(index))
        }
    }

    private func mergedTexts(_ index: Int) -> [String] {
        Self.memo(&merged, index, []) { parser.mergedTexts(lines[index]) }
    }

    private func shortCellTexts(_ index: Int) -> [String]? {
        Self.memo(&shortCells, index, nil) {
            parser.shortCellTexts(compact: compact(index), mergedTexts: mergedTexts(index))
        }
    }

    /// The value stored for `index`, computed by `make` the first time; `outside` for an index
    /// off the page (the scan never asks for one).
    private static func memo<Value>(_ store: inout [Value?], _ index: Int, _ outside: Value,
                                    _ make: () -> Value) -> Value {
        guard store.indices.contains(index) else { return outside }
        if let known = store[index] { return known }
        let value = make()
        store[index] = value
        return value
    }
}
