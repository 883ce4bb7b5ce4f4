import AllotModel
import AllotXML

/// OFD page content to glyphs. OFD measures in millimetres with the origin top-left and y down,
/// like the PDF path's page space, so only the unit changes (1 mm = 72/25.4 pt). A TextObject's
/// glyph positions are X/Y of its TextCodes plus the running DeltaX/DeltaY ("g N v" repeats v N
/// times), mapped by the object's CTM and moved by its Boundary's origin.
enum OFDGeometry {
    struct Rect {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
    }

    /// Most glyphs read from one page (a hostile DeltaX "g 1000000000 1").
    static let maximumGlyphs = 200_000

    static func points(_ millimetres: Double) -> Double { millimetres * 72 / 25.4 }

    /// A glyph edge in points, to `edgePrecision`: OFD states positions to 1/10,000 mm, and the
    /// float noise of scaling them through a CTM (105.31218897637794 against …795) must not decide
    /// whether two boxes that meet in the file overlap or not.
    static func edge(_ millimetres: Double) -> Double {
        (points(millimetres) / edgePrecision).rounded() * edgePrecision
    }

    /// Glyph edges are kept to a thousandth of a point.
    static let edgePrecision = 0.001

    /// "x y w h" → a rectangle; nil when malformed.
    static func box(_ text: String?) -> Rect? {
        guard let values = text.map(numbers), values.count == 4 else { return nil }
        return Rect(x: values[0], y: values[1], width: values[2], height: values[3])
    }

    /// The numbers of a space-separated list (non-numbers skipped).
    static func numbers(_ text: String) -> [Double] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).compactMap { Double($0) }
            .filter(\.isFinite)
    }

    /// A DeltaX/DeltaY list with "g N v" runs expanded, at most `limit` entries.
    static func deltas(_ text: String?, limit: Int) -> [Double] {
        guard let text else { return [] }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        var result: [Double] = []
        var index = 0
        while index < tokens.count, result.count < limit {
            if tokens[index] == "g", index + 2 < tokens.count, let count = Int(tokens[index + 1]),
               let value = Double(tokens[index + 2]), value.isFinite {
                result += Array(repeating: value, count: max(0, min(count, limit - result.count)))
                index += 3
            } else {
                if let value = Double(tokens[index]), value.isFinite { result.append(value) }
                index += 1
            }
        }
        return result
    }

    /// The page's text objects, in every layer and page block, as glyphs.
    static func glyphs(in page: MarkupElement) -> [Glyph] {
        var glyphs: [Glyph] = []
        func walk(_ element: MarkupElement, depth: Int) {
            guard depth < 64 else { return }
            for child in element.childElements {
                if child.name == "TextObject" {
                    append(child, to: &glyphs)
                } else {
                    walk(child, depth: depth + 1)
                }
            }
        }
        if let content = page.child("Content") { walk(content, depth: 0) }
        return glyphs
    }

    private static func append(_ object: MarkupElement, to glyphs: inout [Glyph]) {
        guard let boundary = box(object.attribute("Boundary")) else { return }
        let size = object.attribute("Size").flatMap(Double.init).flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? 3.5
        let ctm = object.attribute("CTM").map(numbers).flatMap { $0.count == 6 ? $0 : nil } ?? [1, 0, 0, 1, 0, 0]
        let scale = (abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])).squareRoot()
        let fontSize = size * (scale > 0 ? scale : 1)
        var x = 0.0
        var y = 0.0
        for code in object.children("TextCode") {
            if let value = code.attribute("X").flatMap(Double.init), value.isFinite { x = value }
            if let value = code.attribute("Y").flatMap(Double.init), value.isFinite { y = value }
            let scalars = Array(code.text.unicodeScalars)
            let budget = max(0, maximumGlyphs - glyphs.count)
            let deltaX = deltas(code.attribute("DeltaX"), limit: min(scalars.count, budget))
            let deltaY = deltas(code.attribute("DeltaY"), limit: min(scalars.count, budget))
            for (index, scalar) in scalars.prefix(budget).enumerated() {
                if index > 0 {
                    x += index - 1 < deltaX.count ? deltaX[index - 1] : size
                    y += index - 1 < deltaY.count ? deltaY[index - 1] : 0
                }
                // The glyph's own width: its advance to the next glyph when that is closer than one
                // em (half-width digits), else one em (half for ASCII) — spaced-out names keep gaps.
                let natural = scalar.isASCII ? size / 2 : size
                let width = index < deltaX.count ? min(max(deltaX[index], 0), natural) : natural
                let start = map(x, y, ctm)
                let end = map(x + width, y, ctm)
                let baseline = boundary.y + start.1
                let x0 = boundary.x + min(start.0, end.0)
                let x1 = boundary.x + max(start.0, end.0)
                glyphs.append(Glyph(
                    scalar: scalar,
                    box: Box(x0: edge(x0), y0: edge(baseline - fontSize * 0.88),
                             x1: edge(x1), y1: edge(baseline + fontSize * 0.12)),
                    fontSize: points(fontSize)))
            }
            x += deltaX.count >= scalars.count ? (deltaX.last ?? 0) : size
        }
    }

    private static func map(_ x: Double, _ y: Double, _ m: [Double]) -> (Double, Double) {
        (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
    }
}
