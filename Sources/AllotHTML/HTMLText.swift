/// Text as a browser lays it out: runs of ASCII whitespace collapse to one space, while the
/// padding that notices use on purpose (NBSP from &nbsp;, U+3000) is kept as printed.
enum HTMLText {
    /// Elements that start a new line of text.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    /// The whitespace HTML collapses (space, tab, line feed, form feed, carriage return).
    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{0C}" || scalar == "\r"
    }

    /// Runs of collapsible whitespace replaced by one space, and trimmed at both ends.
    static func collapsed(_ raw: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if isCollapsible(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }

    /// True when the text has something besides whitespace of any kind.
    static func hasContent(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint }
    }

    /// The text of an element as one line: block boundaries and `<br>` become spaces; hidden and
    /// skipped elements (scripts, styles) are left out.
    static func flattened(_ element: HTMLElement, chrome: ChromeFilter) -> String {
        var raw = ""
        append(element, to: &raw, chrome: chrome)
        return collapsed(raw)
    }

    private static func append(_ element: HTMLElement, to raw: inout String, chrome: ChromeFilter) {
        for child in element.children {
            switch child {
            case let .text(text):
                raw += text
            case let .element(inner):
                if chrome.isHidden(inner) || chrome.skipsInText(inner) { continue }
                if inner.name == "br" || blockElements.contains(inner.name) {
                    raw += " "
                    append(inner, to: &raw, chrome: chrome)
                    raw += " "
                } else {
                    append(inner, to: &raw, chrome: chrome)
                }
            }
        }
    }
}
