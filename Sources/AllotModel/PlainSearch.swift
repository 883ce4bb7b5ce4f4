import Foundation

extension StringProtocol {
    /// Foundation's `range(of: word)` (`options: .backwards` when `backwards`: the last occurrence),
    /// found by comparing UTF-8 bytes when both texts are plain (`PlainSearch.isPlain`). Foundation
    /// compares canonically equivalent character clusters (some 12,000 instructions a call on a line
    /// of a notice); in plain text every scalar is a character of its own that no other sequence of
    /// scalars is equivalent to, so Foundation finds the word exactly where its bytes stand. Any
    /// other text is asked of Foundation.
    public func foundationRange(of word: String, backwards: Bool = false) -> Range<Index>? {
        switch PlainSearch.find(word, in: self, backwards: backwards) {
        case let .found(range): range
        case .absent: nil
        case .notPlain: range(of: word, options: backwards ? [.backwards] : [])
        }
    }

    /// Foundation's `contains(word)` (its `range(of:)` finds the word), by bytes in plain text as
    /// `foundationRange(of:)`.
    public func foundationContains(_ word: String) -> Bool {
        foundationRange(of: word) != nil
    }
}

/// The byte search behind `foundationRange(of:backwards:)`.
public enum PlainSearch {
    /// What the byte search says of a word in a text.
    public enum Answer<Index: Comparable>: Equatable {
        /// The word's first (or last) occurrence.
        case found(Range<Index>)
        /// Both texts are plain and the word is not in the text.
        case absent
        /// A text is not plain (or its bytes are not contiguous): only Foundation answers.
        case notPlain
    }

    /// The word's first occurrence in `text` (the last with `backwards`), or why there is none.
    public static func find<Text: StringProtocol>(_ word: String, in text: Text, backwards: Bool) -> Answer<Text.Index> {
        var word = word
        let offset = word.withUTF8 { pattern -> Int?? in
            // An empty word is found nowhere by Foundation; left to it.
            guard !pattern.isEmpty, isPlain(pattern) else { return nil }
            return text.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
                guard isPlain(bytes) else { return nil }
                return .some(backwards ? lastOffset(of: pattern, in: bytes) : firstOffset(of: pattern, in: bytes))
            } ?? nil
        }
        guard let offset else { return .notPlain }
        guard let offset else { return .absent }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return .found(lower..<utf8.index(lower, offsetBy: word.utf8.count))
    }

    /// `text.count` (its characters) told from its UTF-8 bytes when the text is plain (each scalar is
    /// then a character of its own, `isPlain`): the scalars counted by their lead bytes, without
    /// forming characters; nil for any other text.
    public static func characterCount<Text: StringProtocol>(of text: Text) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard isPlain(bytes) else { return nil }
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? nil
    }

    /// `text.hasSuffix(suffix)`, told by bytes when both are plain (each scalar a character that no
    /// other spelling equals, none joining the one before it): String's suffix test compares
    /// characters by canonical equivalence, character by character.
    public static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        guard isPlain(text), isPlain(suffix) else { return text.hasSuffix(suffix) }
        let (textBytes, suffixBytes) = (text.utf8, suffix.utf8)
        guard textBytes.count >= suffixBytes.count else { return false }
        return textBytes.reversed().starts(with: suffixBytes.reversed())
    }

    /// True when the text is plain (`isPlain` of its bytes): its characters are its scalars, and two
    /// characters are equal exactly when their scalars are. False when its bytes are not contiguous.
    public static func isPlain<Text: StringProtocol>(_ text: Text) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isPlain($0) } ?? false
    }

    /// True when every scalar of the UTF-8 `bytes` is plain: ASCII but CR (which makes one character
    /// with the LF after it), the dashes, quotes and dots of U+2010-U+2027, the CJK punctuation of
    /// U+3000-U+3029 (the combining tone marks follow), the ideographs of U+3400-U+9FFF and the
    /// full-width forms U+FF01-U+FF5E. None of them decomposes canonically, combines with or extends
    /// the character before it (`PlainSearchTests` checks each against the Unicode properties).
    public static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
                continue
            }
            // Plain scalars above ASCII are all three bytes long; a Swift string's bytes are well formed.
            guard (0xE0...0xEF).contains(lead), bytes.count - index >= 3 else { return false }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            guard isPlain(value) else { return false }
            index += 3
        }
        return true
    }

    /// True when the scalar `value` (above ASCII) is one of the plain ones (`isPlain(_:)` of bytes).
    static func isPlain(_ value: UInt32) -> Bool {
        (0x2010...0x2027).contains(value) || (0x3000...0x3029).contains(value) || (0x3400...0x9FFF).contains(value)
            || (0xFF01...0xFF5E).contains(value)
    }

    /// The scalars above ASCII that `isPlain` accepts, for tests.
    static let plainRanges: [ClosedRange<UInt32>] = [0x2010...0x2027, 0x3000...0x3029, 0x3400...0x9FFF, 0xFF01...0xFF5E]

    /// The first byte offset where `pattern` (not empty) stands in `text`. A match starts on a scalar:
    /// the pattern's first byte is a lead byte, never equal to a continuation byte.
    private static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard text.count >= pattern.count else { return nil }
        var start = 0
        while start <= text.count - pattern.count {
            if matches(pattern, in: text, at: start) { return start }
            start += 1
        }
        return nil
    }

    /// The last byte offset where `pattern` (not empty) stands in `text`.
    private static func lastOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard text.count >= pattern.count else { return nil }
        var start = text.count - pattern.count
        while start >= 0 {
            if matches(pattern, in: text, at: start) { return start }
            start -= 1
        }
        return nil
    }

    private static func matches(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var offset = 0
        while offset < pattern.count {
            guard text[start + offset] == pattern[offset] else { return false }
            offset += 1
        }
        return true
    }
}
