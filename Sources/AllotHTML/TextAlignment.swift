import AllotModel

/// Horizontal alignment of a block, from `align` or an inline `text-align` (or `<center>`).
enum TextAlignment {
    /// The alignment an element declares itself, nil when it declares none (it inherits).
    static func declared(by element: HTMLElement) -> LineAlignment? {
        if element.name == "center" { return .center }
        if let style = element.attribute("style")?.lowercased(),
           let value = textAlign(in: style),
           let alignment = named(String(value)) {
            return alignment
        }
        // On a table, img or the like, align places the element itself, not the text in it.
        guard !boxAligned.contains(element.name) else { return nil }
        return element.attribute("align").flatMap { named($0.lowercased()) }
    }

    /// The value of the first `text-align: value` in `style`, as the regex
    /// `text-align\s*:\s*([a-z-]+)` finds it (its first match, the capture), written out by hand:
    /// building that regex on each element was 46% of the instructions of reading a portal page.
    static func textAlign(in style: String) -> Substring? {
        var start = style.startIndex
        while let found = style[start...].foundationRange(of: "text-align") {
            var index = found.upperBound
            func skipSpace() {
                while index < style.endIndex, style[index].isWhitespace { index = style.index(after: index) }
            }
            skipSpace()
            if index < style.endIndex, style[index] == ":" {
                index = style.index(after: index)
                skipSpace()
                let valueStart = index
                while index < style.endIndex, isValueCharacter(style[index]) { index = style.index(after: index) }
                if index > valueStart { return style[valueStart..<index] }
            }
            start = style.index(after: found.lowerBound)
        }
        return nil
    }

    /// `[a-z-]`.
    private static func isValueCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) || ascii == UInt8(ascii: "-")
    }

    private static let boxAligned: Set<String> = ["table", "img", "iframe", "object", "embed", "hr", "caption", "legend"]

    private static func named(_ value: String) -> LineAlignment? {
        switch value.trimmingPrefix(while: \.isWhitespace) {
        case "center", "middle", "-webkit-center": .center
        case "right", "end", "-webkit-right": .right
        case "left", "start", "justify", "-webkit-left": .left
        default: nil
        }
    }
}
