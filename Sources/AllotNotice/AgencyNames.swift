import AllotText

/// Agency names as printed in the 发文机关标志 and the 发文机关署名.
enum AgencyNames {
    /// Joins several agencies in one field.
    static let separator = "、"

    /// Characters that never occur in an agency name but end or split sentences.
    private static let sentencePunctuation: Set<Character> = [
        "，", "。", "；", "：", ",", ".", ";", ":", "！", "？", "!", "?", "“", "”", "《", "》", "\"",
    ]

    /// True when a compact line can hold agency names: short, without sentence punctuation or digits.
    static func isAgencyLike(_ compact: String) -> Bool {
        (2...60).contains(compact.count)
            && !compact.contains { sentencePunctuation.contains($0) || ($0.isASCII && $0.isNumber) }
    }

    /// The agencies of one printed line. Wide gaps and 、 separate agencies, but only when every
    /// piece is a plausible name (three characters or more): letter-spaced names (山 西 省) stay whole.
    static func split(_ raw: String) -> [String] {
        let pieces = normalizedPieces(raw)
        guard pieces.count > 1, pieces.allSatisfy({ $0.count >= 3 }) else {
            let whole = pieces.joined()
            return whole.isEmpty ? [] : [whole]
        }
        return pieces
    }

    /// The agencies of a 发文机关标志 line, without the trailing 文件 (which may be letter-spaced
    /// or printed on its own).
    static func splitHeader(_ raw: String) -> [String] {
        // Normalize before matching: a text layer in Kangxi radicals (⽂件, U+2F42) must lose its
        // 文件 like any other; the pieces keep their separating spaces for `split`.
        split(droppingFileWord(normalizedPieces(raw).joined(separator: " ")))
    }

    /// The printed pieces of a line (split at whitespace and 、), each NFKC and radical-normalized.
    private static func normalizedPieces(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0.isWhitespace || $0 == "、" })
            .map { NameNormalizer.normalizeText(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// The line without a trailing `文\s*件\s*$` (its first match, found by hand: see `Cursor`).
    private static func droppingFileWord(_ raw: String) -> String {
        var start = raw.startIndex
        while start < raw.endIndex {
            var cursor = Cursor(raw, at: start)
            if cursor.take("文") {
                cursor.skipWhitespace()
                if cursor.take("件") {
                    cursor.skipWhitespace()
                    if cursor.isAtEnd { return String(raw[..<start]) }
                }
            }
            start = raw.index(after: start)
        }
        return raw
    }
}
