import AllotReferenceData

/// Unicode's Equivalent_Unified_Ideograph table: CJK radicals and strokes → unified ideographs.
enum EquivalentIdeographs {
    /// The name of the data file the compiled table is generated from (errors name it).
    static let fileName = "EquivalentUnifiedIdeograph.txt"

    /// The table compiled into allot, built at first use, or why it is damaged (empty, or a
    /// radical mapped twice): `BundledText.verify()` stops the run with the reason before any
    /// file is read.
    static let loaded: Result<[Unicode.Scalar: Unicode.Scalar], NormalizeError> = Result { () throws(NormalizeError) in
        try load(ReferenceTables.equivalentIdeographs)
    }

    /// The compiled table. Empty only when `loaded` failed, and then the run has already stopped.
    static var bundled: [Unicode.Scalar: Unicode.Scalar] { (try? loaded.get()) ?? [:] }

    /// Builds the table from its pairs, refusing an empty table or a radical mapped twice (the
    /// entry is named, 1-based).
    static func load(_ pairs: [(radical: Unicode.Scalar, ideograph: Unicode.Scalar)])
        throws(NormalizeError) -> [Unicode.Scalar: Unicode.Scalar] {
        guard !pairs.isEmpty else { throw .malformedData(file: fileName, line: 0, reason: "the compiled table is empty") }
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        table.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() {
            guard table.updateValue(pair.ideograph, forKey: pair.radical) == nil else {
                throw .malformedData(file: fileName, line: index + 1,
                                     reason: "U+\(String(pair.radical.value, radix: 16, uppercase: true)) is mapped twice")
            }
        }
        return table
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
