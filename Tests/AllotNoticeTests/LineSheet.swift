import AllotModel

/// Builds body lines the way a GB/T 9704 page sets them (A4, text column 79–522 pt), one `TextLine`
/// per string with a plausible box: CJK characters one em wide, ASCII half an em, lines stacked at
/// 1.6 em pitch unless told to skip space.
struct LineSheet {
    /// Where a line stands on the page.
    enum Place {
        /// At the left edge of the column (continuation lines, addressees).
        case flush
        /// Two em in, as a paragraph's first line.
        case paragraph
        /// The given number of em in.
        case indent(Double)
        /// Centred (发文机关标志, doc number, title).
        case centered
        /// Ending the given number of em before the right edge (signature, date).
        case right(Double)
    }

    static let left = 79.37
    static let right = 521.57

    private(set) var lines: [TextLine] = []
    private var page = 1
    private var y = 72.0

    /// Adds one line.
    mutating func add(_ text: String, _ place: Place = .flush, size: Double = 16) {
        let width = text.reduce(0.0) { $0 + ($1.isASCII ? size / 2 : size) }
        let x0: Double
        switch place {
        case .flush: x0 = Self.left
        case .paragraph: x0 = Self.left + 2 * size
        case let .indent(ems): x0 = Self.left + ems * size
        case .centered: x0 = (Self.left + Self.right - width) / 2
        case let .right(ems): x0 = Self.right - ems * size - width
        }
        let box = Box(x0: x0, y0: y, x1: x0 + width, y1: y + size)
        lines.append(TextLine(page: page, box: box, fontSize: size, cells: [TextCell(text: text, box: box)],
                              glyphs: []))
        y += 1.6 * size
    }

    /// Adds each line of a block of text flush left; a line starting with a space starts a new page
    /// (the convention of the reference text) and blank lines are skipped.
    mutating func add(block: String, size: Double = 16) {
        for line in block.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first == " " { newPage() }
            let text = line.trimmingPrefix(while: { $0 == " " })
            if !text.isEmpty { add(String(text), size: size) }
        }
    }

    /// Leaves `ems` em of space (at 16 pt) before the next line.
    mutating func skip(_ ems: Double) {
        y += ems * 16
    }

    /// Continues on the next page.
    mutating func newPage() {
        page += 1
        y = 72
    }
}
