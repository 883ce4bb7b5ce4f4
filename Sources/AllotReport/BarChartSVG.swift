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
        let height = rowHeight * Double(bars.count) + rowHeight / 2

        var svg = Markup()
        svg.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(number(width)) \(number(height))",
            "width": number(width), "height": number(height), "role": "img",
        ])
        svg.element("title", [:], "\(column) by prefecture (subtotal rows)")
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
                        bar.amount)
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
