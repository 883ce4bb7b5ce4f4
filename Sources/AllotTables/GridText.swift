/// Text tests shared by the grid readers.
enum GridText {
    /// True when the text has something besides whitespace of any kind.
    static func hasContent(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint }
    }
}
