import Foundation

/// An inline SVG bar chart of one table's prefecture subtotals in its first amount column; bars of
/// subtotals with a finding on that cell are drawn in red.
enum BarChartSVG {
    private static let width = 760.0
    private static let labelWidth = 150.0
    private static let valueWidth = 90.0
    private static let rowHeight = 22.0
    private static let barHeight = 14.0
    private static let baselineOffset = 15.0
    private static let axisHeight = 22.0

    /// The chart markup, or nil when the table has no subtotal row with an amount in its first column.
    static func render(_ table: ReportNotice.Table, notice: ReportNotice) -> String? {
        guard let column = table.columns.first else { return nil }
        let bars: [(label: String, amount: String, value: Double, flagged: Bool)] = table.rows.compactMap { row in
            guard row.level == "subtotal", let amount = row.amounts[column],
                  let value = Decimal(string: amount, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
            let flagged = !notice.findings(table: table.number, row: row.number, column: column).isEmpty
            return (row.region.isEmpty ? row.name : row.region, amount, NSDecimalNumber(decimal: value).doubleValue, flagged)
        }
        guard !bars.isEmpty else { return nil }
        let largest = max(bars.map(\.value).max() ?? 0, 0)
        let scale = largest > 0 ? (width - labelWidth - valueWidth) / largest : 0
        let plotBottom = rowHeight * Double(bars.count) + rowHeight / 4
        let height = plotBottom + axisHeight
        let unit = table.unit.isEmpty ? "" : "（\(table.unit)）"

        var svg = Markup()
        svg.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(number(width)) \(number(height))",
            "width": number(width), "height": number(height), "role": "img",
        ])
        svg.element("title", [:], "\(column)\(unit)按市州小计 by prefecture (subtotal rows)")
        // The value axis: a baseline from 0 to the largest bar, its two ends labelled, and the unit.
        let axisEnd = labelWidth + largest * scale
        svg.empty("line", ["class": "axis", "x1": number(labelWidth), "y1": "0", "x2": number(labelWidth), "y2": number(plotBottom)])
        svg.empty("line", ["class": "axis", "x1": number(labelWidth), "y1": number(plotBottom), "x2": number(axisEnd),
                           "y2": number(plotBottom)])
        svg.element("text", ["class": "tick", "x": number(labelWidth), "y": number(plotBottom + 14), "text-anchor": "middle"], "0")
        if let top = bars.max(by: { $0.value < $1.value }), largest > 0 {
            svg.element("text", ["class": "tick", "x": number(axisEnd), "y": number(plotBottom + 14), "text-anchor": "end"],
                        AmountText.grouped(top.amount))
        }
        svg.element("text", ["class": "unit", "x": number(labelWidth - 8), "y": number(plotBottom + 14), "text-anchor": "end"],
                    "\(column)\(unit)")
        for (index, bar) in bars.enumerated() {
            let top = rowHeight * Double(index) + rowHeight / 4
            let length = max(0, bar.value * scale)
            svg.open("g")
            svg.element("text", ["x": number(labelWidth - 8), "y": number(top + baselineOffset - 3), "text-anchor": "end"],
                        bar.label)
            svg.empty("rect", [
                "class": bar.flagged ? "bar mismatch" : "bar", "x": number(labelWidth), "y": number(top),
                "width": number(length), "height": number(barHeight),
            ])
            svg.element("text", ["class": "value", "x": number(labelWidth + length + 6), "y": number(top + baselineOffset - 3)],
                        AmountText.grouped(bar.amount))
            svg.close("g")
        }
        svg.close("svg")
        return svg.text
    }

    /// A coordinate with at most one decimal, the same on every machine.
    private static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths) / 10) : String(tenths / 10)
    }
}
