import AllotModel
import AllotPDF

/// Colours and line widths of the page overlay, and its legend.
public enum OverlayStyle {
    private typealias Color = Overlay.Color

    /// Fill opacity of row bands: the printed text stays readable through them.
    static let rowFillAlpha = 0.18
    /// Fill opacity of a finding's cell.
    static let findingFillAlpha = 0.4

    private static let totalColor = Color(red: 0.13, green: 0.33, blue: 0.86)
    private static let subtotalColor = Color(red: 0.96, green: 0.55, blue: 0.0)
    private static let itemColor = Color(red: 0.16, green: 0.62, blue: 0.24)
    private static let groupColor = Color(red: 0.58, green: 0.25, blue: 0.75)
    private static let droppedColor = Color(red: 0.45, green: 0.45, blue: 0.45)
    private static let findingColor = Color(red: 0.90, green: 0.0, blue: 0.0)
    private static let outlineColor = Color(red: 0.15, green: 0.15, blue: 0.15)

    /// A data row's band, coloured by level.
    public static func row(_ level: RowLevel, box: Box) -> Overlay {
        let color = switch level {
        case .total: totalColor
        case .subtotal: subtotalColor
        case .item: itemColor
        case .group: groupColor
        }
        return Overlay(box: box, stroke: with(color, alpha: 0.7), fill: with(color, alpha: rowFillAlpha), lineWidth: 0.4)
    }

    /// The outline of a table's rows on the page.
    public static func tableOutline(_ box: Box) -> Overlay {
        Overlay(box: box, stroke: outlineColor, lineWidth: 1.2)
    }

    /// A column zone edge: a dashed vertical line.
    public static func columnEdge(x: Double, from y0: Double, to y1: Double) -> Overlay {
        Overlay(box: Box(x0: x, y0: y0, x1: x, y1: y1), stroke: with(outlineColor, alpha: 0.6), lineWidth: 0.6, dashed: true)
    }

    /// A dropped furniture line: greyed and struck through.
    public static func dropped(_ box: Box) -> Overlay {
        Overlay(box: box, stroke: with(droppedColor, alpha: 0.8), fill: with(droppedColor, alpha: 0.35), lineWidth: 0.4,
                strikeThrough: true)
    }

    /// The cell (or row) a finding is about.
    public static func finding(_ box: Box) -> Overlay {
        Overlay(box: box, stroke: findingColor, fill: with(findingColor, alpha: findingFillAlpha), lineWidth: 1.5)
    }

    /// A glyph read by OCR, outlined in a colour from red (confidence 0) to green (100).
    public static func recognized(_ box: Box, confidence: Double) -> Overlay {
        let share = max(0, min(1, confidence / 100))
        return Overlay(box: box, stroke: Color(red: 0.9 * (1 - share), green: 0.65 * share, blue: 0.1, alpha: 0.9),
                       fill: nil, lineWidth: 0.4)
    }

    /// The legend: one swatch per kind of overlay, ASCII labels.
    public static var legend: [LegendEntry] {
        let any = Box(x0: 0, y0: 0, x1: 0, y1: 0)
        return [
            LegendEntry(label: "total", swatch: row(.total, box: any)),
            LegendEntry(label: "subtotal", swatch: row(.subtotal, box: any)),
            LegendEntry(label: "item", swatch: row(.item, box: any)),
            LegendEntry(label: "group", swatch: row(.group, box: any)),
            LegendEntry(label: "dropped", swatch: dropped(any)),
            LegendEntry(label: "finding", swatch: finding(any)),
            LegendEntry(label: "table / columns", swatch: tableOutline(any)),
            LegendEntry(label: "OCR glyph, confidence 100", swatch: recognized(any, confidence: 100)),
            LegendEntry(label: "OCR glyph, confidence 0", swatch: recognized(any, confidence: 0)),
        ]
    }

    private static func with(_ color: Color, alpha: Double) -> Color {
        Color(red: color.red, green: color.green, blue: color.blue, alpha: alpha)
    }
}
