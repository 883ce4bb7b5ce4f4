extension StringProtocol {
    /// True when `word` occurs in the text as a run of whole characters, found by comparing UTF-8
    /// bytes. For the NFKC-normalized texts this is used on, it answers as Foundation's
    /// `contains(_:)` does (canonically equivalent spellings are the same scalars there), at a
    /// fraction of the cost: Foundation folds every character cluster it compares.
    public func contains(scalarsOf word: String) -> Bool {
        var word = word
        return word.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ ScalarSearch.occurs(pattern, in: $0) }) {
                return found
            }
            return Array(utf8).withUnsafeBufferPointer { ScalarSearch.occurs(pattern, in: $0) }
        }
    }
}

extension StringProtocol {
    /// `words.contains { contains(scalarsOf: $0) }`, the text's bytes taken once for all the words.
    public func containsAny(scalarsOf words: [String]) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { text in
            words.contains { word in
                var word = word
                return word.withUTF8 { ScalarSearch.occurs($0, in: text) }
            }
        }
        return found ?? words.contains { contains(scalarsOf: $0) }
    }
}

/// The byte search behind `contains(scalarsOf:)`.
enum ScalarSearch {
    static func occurs(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        // An empty word is found nowhere, as with Foundation.
        guard let first = pattern.first else { return false }
        guard text.count >= pattern.count else { return false }
        var start = 0
        while start <= text.count - pattern.count {
            if text[start] == first, matches(pattern, in: text, at: start),
               startsCharacter(text, at: start + pattern.count) {
                return true
            }
            start += 1
        }
        return false
    }

    private static func matches(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                                at start: Int) -> Bool {
        var offset = 1
        while offset < pattern.count {
            guard text[start + offset] == pattern[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// True when the UTF-8 bytes of `text` from `index` on start a new character (or are all used):
    /// the scalar there does not extend the one before it (combining marks, variation selectors, joiners).
    private static func startsCharacter(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < text.count else { return true }
        // ASCII, U+0080..U+02FF and U+4000..U+9FFF (the common ideographs) never extend a character.
        let lead = text[index]
        guard lead >= 0xCC, !(0xE4...0xE9).contains(lead) else { return true }
        let bytes = UnsafeBufferPointer(rebasing: text[index..<min(text.count, index + 4)])
        guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else { return true }
        let properties = scalar.properties
        return !(properties.isGraphemeExtend || properties.generalCategory == .spacingMark || scalar.value == 0x200D)
    }
}
