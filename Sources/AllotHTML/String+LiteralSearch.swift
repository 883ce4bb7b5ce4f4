extension String {
    /// `self[from...].firstRange(of: literal)` for a `literal` none of whose characters has another
    /// canonically equivalent spelling (ASCII, and the ideographs of the portal labels): such a
    /// literal's characters match only its own bytes, so it is found on the UTF-8 bytes and kept
    /// where both ends fall on character boundaries (a match whose last letter takes a combining
    /// mark is none). The standard library builds a searcher for every call, about 20 K
    /// instructions on a portal page's short texts.
    func firstRange(ofLiteral literal: String, from: String.Index? = nil) -> Range<String.Index>? {
        var (text, word) = (self, literal)
        text.makeContiguousUTF8()
        word.makeContiguousUTF8()
        let start = from.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            word.utf8.withContiguousStorageIfAvailable { pattern in
                Self.firstMatch(of: pattern, in: bytes, from: start) { offset in
                    let lower = utf8.index(utf8.startIndex, offsetBy: offset)
                    let upper = utf8.index(lower, offsetBy: pattern.count)
                    guard let lower = lower.samePosition(in: self), let upper = upper.samePosition(in: self) else { return nil }
                    return lower..<upper
                }
            } ?? nil
        }
        return found ?? nil
    }

    /// The first match from `start` of `pattern`'s bytes in `bytes` that `accept` takes.
    private static func firstMatch(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                   accept: (Int) -> Range<String.Index>?) -> Range<String.Index>? {
        guard let first = pattern.first, start >= 0 else { return nil }
        var offset = start
        while offset + pattern.count <= bytes.count {
            if bytes[offset] == first, (1..<pattern.count).allSatisfy({ bytes[offset + $0] == pattern[$0] }),
               let range = accept(offset) {
                return range
            }
            offset += 1
        }
        return nil
    }
}
