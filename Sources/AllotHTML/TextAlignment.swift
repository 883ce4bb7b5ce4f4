import AllotModel

/// Horizontal alignment of a block, from `align` or an inline `text-align` (or `<center>`).
enum TextAlignment {
    /// The alignment an element declares itself, nil when it declares none (it inherits).
    static func declared(by element: HTMLElement) -> LineAlignment? {
        if element.name == "center" { return .center }
        if let style = element.attribute("style")?.lowercased(),
           let match = style.firstMatch(of: /text-align\s*:\s*([a-z-]+)/),
           let alignment = named(String(match.1)) {
            return alignment
        }
        // On a table, img or the like, align places the element itself, not the text in it.
        guard !boxAligned.contains(element.name) else { return nil }
        return element.attribute("align").flatMap { named($0.lowercased()) }
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
