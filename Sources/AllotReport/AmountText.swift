/// An exact decimal amount as the report shows it: thousands separators in the whole part, the
/// fraction as printed (12345.60 → 12,345.60). Anything that is not a plain decimal is left as is.
enum AmountText {
    static func grouped(_ amount: String) -> String {
        var text = Substring(amount)
        var sign = ""
        if text.first == "-" {
            sign = "-"
            text = text.dropFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit),
              parts.count == 1 || parts[1].allSatisfy(\.isASCIIDigit) else { return amount }
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: ",") + (parts.count == 2 ? "." + parts[1] : "")
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
