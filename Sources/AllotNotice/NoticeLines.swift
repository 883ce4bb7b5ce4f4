import AllotModel
import AllotText

/// The body lines with their compact texts and the page geometry the parser reasons with.
///
/// Every accessor takes any index and answers for out-of-range ones as for an empty line, so the
/// finders can look around a line without checking bounds.
struct NoticeLines {
    /// The lines in reading order.
    let lines: [TextLine]
    /// Each line's text, whitespace removed and normalized (NFKC: `（` → `(`, `：` → `:`), for matching.
    let texts: [String]
    /// Each line's text as free text: normalized, full-width punctuation kept, for output.
    let displays: [String]
    let settings: MetadataSettings
    /// Left and right edges of the text on each page; pages whose lines carry no positions are absent.
    private let columns: [Int: ClosedRange<Double>]

    init(_ lines: [TextLine], settings: MetadataSettings) {
        self.lines = lines
        self.texts = lines.map(\.compact)
        self.displays = lines.map { NameNormalizer.normalizeText($0.text) }
        self.settings = settings
        var columns: [Int: ClosedRange<Double>] = [:]
        for line in lines where line.box.width > 0 {
            let edges = columns[line.page].map { min($0.lowerBound, line.box.x0)...max($0.upperBound, line.box.x1) }
            columns[line.page] = edges ?? line.box.x0...line.box.x1
        }
        self.columns = columns
    }

    /// Number of lines.
    var count: Int { lines.count }

    /// The compact text of line `index`, empty when there is no such line.
    func text(_ index: Int) -> String {
        texts.indices.contains(index) ? texts[index] : ""
    }

    /// The free text of lines in `range`, joined without separators as wrapped lines are.
    func freeText(_ range: Range<Int>) -> String {
        displays[range.clamped(to: displays.indices)].joined()
    }

    /// Line `index`, nil when there is no such line.
    func line(_ index: Int) -> TextLine? {
        lines.indices.contains(index) ? lines[index] : nil
    }

    /// The end of the opening part (发文机关标志 and 发文字号): the first line on the first page that ends
    /// with a colon or a sentence, or the first line of the next page.
    var openingEnd: Int {
        let firstPage = lines.first?.page
        return texts.indices.first { index in
            lines[index].page != firstPage || DocumentWords.endsWithColon(texts[index])
                || DocumentWords.endsSentence(texts[index])
        } ?? count
    }

    /// The first attachment label standing alone (附件, 附件1, 附件二：) at or after `start`, where the
    /// attachment pages begin; `count` when there is none.
    func attachmentPagesStart(after start: Int) -> Int {
        (start..<max(start, count)).first { Self.isAttachmentLabel(texts[$0]) } ?? count
    }

    /// A whole line matching `附件[0-9一二三四五六七八九十]{0,3}[:：]?` (by hand, see `Cursor`; a longer
    /// run of numerals cannot match, as no numeral is a colon).
    static func isAttachmentLabel(_ compact: String) -> Bool {
        var cursor = Cursor(compact)
        guard cursor.take(word: "附件"),
              cursor.takeRun(upTo: 4, where: { $0.isASCIIDigit || chineseNumerals.contains($0.literal) }) <= 3
        else { return false }
        _ = cursor.take(where: { colons.contains($0.literal) })
        return cursor.isAtEnd
    }

    private static let chineseNumerals = literals("一二三四五六七八九十")
    private static let colons = literals(":：")

    /// The free text of line `index` (full-width punctuation kept), empty when there is no such line.
    func display(_ index: Int) -> String {
        displays.indices.contains(index) ? displays[index] : ""
    }

    /// Which half of its page's text column the line sits in, judged by its middle; a line
    /// within `settings.indent` em of the middle counts as right (a centred joint signature).
    /// Nil when positions are unknown, so that text cues alone decide.
    func side(_ index: Int) -> Side? {
        guard let line = line(index), line.box.width > 0, let column = columns[line.page],
              let em = em(of: line) else { return nil }
        let middle = (column.lowerBound + column.upperBound) / 2
        return line.box.midX < middle - settings.indent * em ? .left : .right
    }

    /// True when the line starts more than `settings.indent` em right of its page's left edge
    /// (a paragraph's first line); false when positions are unknown.
    func isIndented(_ index: Int) -> Bool {
        guard let line = line(index), line.box.width > 0, let column = columns[line.page],
              let em = em(of: line) else { return false }
        return line.box.x0 - column.lowerBound > settings.indent * em
    }

    /// True when line `next` continues line `index` as a wrapped line would: on the same page, at
    /// most `settings.wrapGap` em below it. Unknown positions and page breaks count as close.
    func isClose(_ index: Int, _ next: Int) -> Bool {
        guard line(index) != nil, line(next) != nil else { return false }
        return gap(index, next).map { $0 <= settings.wrapGap } ?? true
    }

    /// Vertical gap between two lines of one page in em of the lower one; nil when unknown.
    func gap(_ index: Int, _ next: Int) -> Double? {
        guard let upper = line(index), let lower = line(next), upper.page == lower.page,
              upper.box.height > 0, lower.box.height > 0, let em = em(of: lower) else { return nil }
        return (lower.box.y0 - upper.box.y1) / em
    }

    /// True when both lines have the same font size within tolerance, or either size is unknown.
    func sameFontSize(_ index: Int, _ other: Int) -> Bool {
        guard let first = line(index), let second = line(other) else { return false }
        guard first.fontSize > 0, second.fontSize > 0 else { return true }
        let larger = max(first.fontSize, second.fontSize)
        return abs(first.fontSize - second.fontSize) <= settings.fontSizeTolerance * larger
    }

    /// The line's font size, or its height when the producer gave none; nil when both are zero.
    private func em(of line: TextLine) -> Double? {
        let size = line.fontSize > 0 ? line.fontSize : line.box.height
        return size > 0 ? size : nil
    }

    /// A half of the text column.
    enum Side {
        case left, right
    }
}
