/// Unicode's Equivalent_Unified_Ideograph table: CJK radicals and strokes → unified ideographs.
enum EquivalentIdeographs {
    /// The name of the bundled table.
    static let fileName = "EquivalentUnifiedIdeograph.txt"

    /// The bundled table, parsed at first use, or why it could not be loaded.
    static let loaded: Result<[Unicode.Scalar: Unicode.Scalar], NormalizeError> = Result { () throws(NormalizeError) in
        try load()
    }

    /// The bundled table. Empty only when `loaded` failed, and then `BundledText.verify()` (which the
    /// pipeline calls before any file is read) has already stopped the run with the reason.
    static var bundled: [Unicode.Scalar: Unicode.Scalar] { (try? loaded.get()) ?? [:] }

    /// Loads and parses the bundled table.
    static func load() throws(NormalizeError) -> [Unicode.Scalar: Unicode.Scalar] {
        try parse(BundledResource.text(named: fileName), file: fileName)
    }

    /// Parses UCD lines `2E8C..2E8D ; 5C0F  # comment`; blank and comment lines are skipped.
    static func parse(_ text: String, file: String) throws(NormalizeError) -> [Unicode.Scalar: Unicode.Scalar] {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first.map(String.init) ?? ""
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: ";").map { $0.trimmingWhitespace() }
            guard fields.count == 2, let target = scalar(hex: fields[1]), let range = range(fields[0]) else {
                throw .malformedData(file: file, line: offset + 1, reason: "expected `code[..code] ; code`")
            }
            for value in range {
                if let source = Unicode.Scalar(value) { table[source] = target }
            }
        }
        return table
    }

    private static func range(_ field: Substring) -> ClosedRange<UInt32>? {
        let bounds = field.split(separator: ".", omittingEmptySubsequences: true)
        guard bounds.count <= 2, let lowText = bounds.first, let highText = bounds.last,
              let low = UInt32(lowText, radix: 16), let high = UInt32(highText, radix: 16), low <= high
        else { return nil }
        return low...high
    }

    private static func scalar(hex: Substring) -> Unicode.Scalar? {
        UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
    }
}

extension Substring {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
