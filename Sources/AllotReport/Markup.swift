/// Builds XHTML-compatible markup (parseable as XML and as HTML): every text and attribute value is
/// escaped, characters XML forbids are dropped, void elements are self-closed.
struct Markup {
    private(set) var text = ""

    /// Opens an element; attributes keep the given order, so output is deterministic.
    mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text += "<\(tag)\(Self.attributes(attributes))>"
    }

    /// Closes an element, ending the line after block elements to keep the source readable.
    mutating func close(_ tag: String) {
        text += "</\(tag)>"
        if Self.blocks.contains(tag) { text += "\n" }
    }

    /// An element holding escaped text.
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: String) {
        open(tag, attributes)
        add(content)
        close(tag)
    }

    /// A table's `<thead>`: one row of `<th>` cells.
    mutating func tableHead(_ headers: [String]) {
        open("thead")
        open("tr")
        for header in headers { element("th", [:], header) }
        close("tr")
        close("thead")
    }

    /// An element without content, self-closed (<meta/>, <rect/>).
    mutating func empty(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text += "<\(tag)\(Self.attributes(attributes))/>"
    }

    /// Escaped text.
    mutating func add(_ content: String) {
        text += Self.escape(content)
    }

    /// Markup produced elsewhere, added as is.
    mutating func raw(_ markup: String) {
        text += markup
    }

    /// Text safe in XML and HTML content and in double-quoted attributes.
    static func escape(_ content: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(content.unicodeScalars.count)
        for scalar in content.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if isAllowedInXML(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// XML 1.0 Char: tab, newline, carriage return and everything from space up, minus surrogates and U+FFFE/FFFF.
    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func attributes(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }

    private static let blocks: Set<String> = [
        "html", "head", "body", "header", "nav", "section", "table", "thead", "tbody", "tr", "ol", "ul", "li", "dl",
        "figure", "svg", "g", "h1", "h2", "h3", "p", "title", "style", "footer", "div",
    ]
}
