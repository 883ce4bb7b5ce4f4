/// How the readable stage dumps (lines, tables, HTML pages) print numbers and invisible text, so
/// that every golden file reads the same way.
public enum DumpText {
    /// Whole numbers without a fraction, others to two decimals (72, 88.13, -0.5).
    public static func number(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 1e15 else { return String(value) }
        let whole = Int(hundredths) / 100
        let fraction = abs(Int(hundredths) % 100)
        if fraction == 0 { return String(whole) }
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// A span `from-to` in dump numbers (100-148.5).
    public static func span(_ from: Double, _ to: Double) -> String {
        number(from) + "-" + number(to)
    }

    /// The text with padding that would not show made visible: NBSP as ⍽, U+3000 as □.
    public static func visible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar {
            case "\u{00A0}": "⍽"
            case "\u{3000}": "□"
            default: scalar
            }
        }))
    }
}
