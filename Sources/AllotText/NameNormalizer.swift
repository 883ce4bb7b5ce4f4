import AllotModel
import Foundation

/// Turns printed labels into comparable names: no padding, NFKC, radicals as unified ideographs.
public enum NameNormalizer {
    /// A region or row name with every kind of inner whitespace removed ("盂　　县" → "盂县",
    /// "⽅⼭县" → "方山县", "⻓治市" → "长治市").
    public static func normalize(_ raw: String) -> String {
        quickNormalize(raw) ?? normalizeGeneral(raw)
    }

    /// `normalize(parts.joined())`: the parts mapped one after the other into one buffer when each
    /// is of the scalars `quickNormalize` maps (the mapping is scalar by scalar, so the joined text
    /// maps to the parts' mappings joined); otherwise the joined text is normalized.
    public static func normalize(joining parts: [String]) -> String {
        if parts.count == 1, let only = parts.first { return normalize(only) }
        var kept: [UInt8] = []
        kept.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
        for part in parts where appendQuick(part, to: &kept) == .other {
            return normalize(parts.joined())
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// `normalize` in one pass for text of the scalars `quickMapping` maps and ASCII padding
    /// (`appendQuick`); nil for text with any other scalar. Text without padding or full-width
    /// forms is returned as it is.
    static func quickNormalize(_ raw: String) -> String? {
        // Told first without writing (most text is kept as it is: no buffer then).
        var none: [UInt8] = []
        switch appendQuick(raw, to: &none, writing: false) {
        case .other: return nil
        case .unchanged: return raw
        case .changed:
            var kept: [UInt8] = []
            kept.reserveCapacity(raw.utf8.count)
            _ = appendQuick(raw, to: &kept)
            return String(decoding: kept, as: UTF8.self)
        }
    }

    /// What `appendQuick` found.
    enum QuickScan {
        /// A scalar left to the general path (or bytes not contiguous).
        case other
        /// Every scalar kept.
        case unchanged
        /// Some scalar dropped or mapped.
        case changed
    }

    /// Appends the UTF-8 of `raw` mapped as `normalize` maps it, read from its bytes: ideographs,
    /// visible ASCII, the CJK punctuation and quotes NFKC keeps are kept; the padding (tab, line
    /// breaks, space, NBSP, U+3000) is dropped; full-width forms become their ASCII. `.other` (and
    /// `kept` partly written) when the text has any other scalar, or its bytes are not contiguous.
    /// `writing` false: only tells what it would do.
    static func appendQuick(_ raw: String, to kept: inout [UInt8], writing: Bool = true) -> QuickScan {
        raw.utf8.withContiguousStorageIfAvailable { bytes -> QuickScan in
            var changed = false
            var index = 0
            // The bytes kept as they are run from `kept0` to `index`: each run is copied at once
            // when a dropped or mapped scalar (or the end) closes it, not byte by byte.
            var kept0 = 0
            func flush(upTo end: Int) {
                if writing, kept0 < end { kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept0..<end])) }
            }
            while index < bytes.count {
                guard let (value, width) = quickScalar(bytes, at: index) else { return .other }
                switch value {
                case 0x21...0x7E, 0x4E00...0x9FFF, 0x3001...0x3035, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D:
                    break
                case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x3000:
                    changed = true
                    flush(upTo: index)
                    kept0 = index + width
                case 0xFF01...0xFF5E:
                    changed = true
                    flush(upTo: index)
                    if writing { kept.append(UInt8(truncatingIfNeeded: value - 0xFEE0)) }
                    kept0 = index + width
                default:
                    return .other
                }
                index += width
            }
            flush(upTo: bytes.count)
            return changed ? .changed : .unchanged
        } ?? .other
    }

    /// The scalar at `index` of `bytes` (valid UTF-8) and its length, read as the quick paths read
    /// text: an ASCII byte, NBSP, or a three-byte scalar (the BMP from U+0800: CJK, its punctuation,
    /// full-width forms); nil for any other lead byte, which the quick paths leave to the general ones.
    @inline(__always)
    private static func quickScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return (0xA0, 2) }
        guard (0xE0...0xEF).contains(lead), index + 2 < bytes.count else { return nil }
        return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }

    /// The general path of `normalize`: every text.
    static func normalizeGeneral(_ raw: String) -> String {
        // Plain ideographs and visible ASCII need no work: the common case, on every line.
        if raw.unicodeScalars.allSatisfy(isPlain) { return raw }
        // Text NFKC and the radical table leave alone (ideographs, ASCII, CJK punctuation) loses
        // only its ASCII whitespace and control characters: the padding among stable scalars.
        if raw.unicodeScalars.allSatisfy(isStable) {
            return String(decoding: raw.utf8.filter { $0 > 0x20 && $0 != 0x7F }, as: UTF8.self)
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(raw.utf8.count)
        for scalar in unifiedIdeographs(raw).unicodeScalars where !isPadding(scalar) && !isInvisible(scalar) {
            UTF8Bytes.append(scalar, to: &kept)
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Free text (titles, remarks): NFKC and radicals, but full-width punctuation (，：；（）) kept as
    /// Chinese text prints it; whitespace dropped next to CJK characters, collapsed to one space
    /// between other characters, trimmed at both ends.
    public static func normalizeText(_ raw: String) -> String {
        // Plain ideographs and visible ASCII: nothing to map, drop or collapse.
        if raw.unicodeScalars.allSatisfy(isPlain) { return raw }
        return quickText(raw) ?? normalizeTextGeneral(raw)
    }

    /// `normalizeText` in one pass over the UTF-8 bytes for text of the scalars `quickMapping` maps
    /// (ASCII but its controls, NBSP, CJK punctuation and quotes, ideographs, full-width forms);
    /// nil for text with any other scalar, or bytes not contiguous. The bytes kept as they stand
    /// are copied a run at a time: no mapped copy of the text, no scalar appended one by one.
    static func quickText(_ raw: String) -> String? {
        let kept = raw.utf8.withContiguousStorageIfAvailable { bytes -> [UInt8]? in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            // The bytes from `runStart` to `index` are kept as they stand, not copied yet.
            var runStart = 0
            func flush(upTo end: Int) {
                if runStart < end { kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            var previous: Unicode.Scalar?
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                guard let (value, width) = quickScalar(bytes, at: index) else { return nil }
                // The scalar as `quickMapping` leaves it: itself, or a full-width form's ASCII.
                let mapped: UInt32
                switch value {
                case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x3000:
                    // Padding: dropped, a space kept in its place only between non-CJK characters.
                    flush(upTo: index)
                    pendingSpace = true
                    index += width
                    runStart = index
                    continue
                case 0x21...0x7E, 0x3001...0x3035, 0x4E00...0x9FFF, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D:
                    mapped = value
                case 0xFF01...0xFF5E:
                    let isPunctuation = Unicode.Scalar(value).map(isFullWidthPunctuation) ?? false
                    mapped = isPunctuation ? value : value - 0xFEE0
                default:
                    return nil
                }
                guard let scalar = Unicode.Scalar(mapped) else { return nil }
                if mapped != value { flush(upTo: index) }
                if pendingSpace, let previous, !CJK.contains(previous), !CJK.contains(scalar) {
                    kept.append(0x20)
                }
                pendingSpace = false
                previous = scalar
                index += width
                if mapped != value {
                    kept.append(UInt8(truncatingIfNeeded: mapped))
                    runStart = index
                }
            }
            flush(upTo: bytes.count)
            return kept
        }
        return (kept ?? nil).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The general path of `normalizeText`: every text.
    static func normalizeTextGeneral(_ raw: String) -> String {
        // Built as UTF-8 bytes and decoded once: appending scalars to a String one by one costs more.
        var kept: [UInt8] = []
        kept.reserveCapacity(raw.utf8.count)
        var previous: Unicode.Scalar?
        var pendingSpace = false
        for scalar in unifiedIdeographs(raw, keepingFullWidthPunctuation: true).unicodeScalars {
            if isPadding(scalar) {
                pendingSpace = true
                continue
            }
            if isInvisible(scalar) { continue }
            if pendingSpace, let previous, !CJK.contains(previous), !CJK.contains(scalar) {
                kept.append(0x20)
            }
            pendingSpace = false
            UTF8Bytes.append(scalar, to: &kept)
            previous = scalar
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// NFKC (which covers Kangxi Radicals and CJK Compatibility Ideographs), then the
    /// Equivalent_Unified_Ideograph table for the CJK Radicals Supplement and CJK Strokes.
    static func unifiedIdeographs(_ raw: String, keepingFullWidthPunctuation: Bool = false) -> String {
        // Most printed text is plain ideographs, ASCII and common CJK punctuation, which NFKC and
        // the radical table leave alone: skip the (costly) mapping for it.
        if raw.unicodeScalars.allSatisfy(isStable) { return raw }
        if let quick = quickMapping(raw, keepingFullWidthPunctuation: keepingFullWidthPunctuation) { return quick }
        let compatible = keepingFullWidthPunctuation ? compatibilityMapping(keepingPunctuation: raw)
            : raw.precomposedStringWithCompatibilityMapping
        let table = EquivalentIdeographs.bundled
        guard !table.isEmpty else { return compatible }
        var mapped = String.UnicodeScalarView()
        for scalar in compatible.unicodeScalars {
            mapped.append(table[scalar] ?? scalar)
        }
        return String(mapped)
    }

    /// NFKC for text made only of ideographs, ASCII, common CJK punctuation, full-width forms and
    /// the usual spaces, done by table instead of Foundation; nil when the text has anything else.
    /// Full-width ASCII variants (U+FF01–FF5E) are exactly ASCII + 0xFEE0 under NFKC.
    static func quickMapping(_ raw: String, keepingFullWidthPunctuation: Bool) -> String? {
        // Built as UTF-8 bytes and decoded once: appending scalars to a String one by one costs more.
        var mapped: [UInt8] = []
        mapped.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0xA0, 0x3000...0x3035, 0x4E00...0x9FFF,
                 0x2014, 0x2018, 0x2019, 0x201C, 0x201D:
                UTF8Bytes.append(scalar, to: &mapped)
            case 0xFF01...0xFF5E:
                if keepingFullWidthPunctuation && isFullWidthPunctuation(scalar) {
                    UTF8Bytes.append(scalar, to: &mapped)
                } else if let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                    UTF8Bytes.append(ascii, to: &mapped)
                } else {
                    return nil
                }
            default:
                return nil
            }
        }
        return String(decoding: mapped, as: UTF8.self)
    }

    /// Ideographs and visible ASCII: unchanged by NFKC and the radical table, and not padding.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// Scalars that NFKC and the radical table map to themselves (a conservative subset).
    static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0x4E00...0x9FFF, 0x3001...0x3035, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D: true
        default: false
        }
    }

    /// NFKC on everything but full-width punctuation (U+FF01–FF0F, FF1A–FF20, FF3B–FF40, FF5B–FF65).
    static func compatibilityMapping(keepingPunctuation raw: String) -> String {
        var result = ""
        var run = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            if isFullWidthPunctuation(scalar) {
                result += String(run).precomposedStringWithCompatibilityMapping
                run = String.UnicodeScalarView()
                result.unicodeScalars.append(scalar)
            } else {
                run.append(scalar)
            }
        }
        return result + String(run).precomposedStringWithCompatibilityMapping
    }

    static func isFullWidthPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: true
        default: false
        }
    }

    /// Whitespace of every kind and control characters (tabs, line breaks, NBSP, U+3000).
    static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        if isPlain(scalar) || isPrintedMark(scalar) { return false }
        // ASCII: the White_Space scalars (tab to carriage return, space) and the controls.
        if scalar.isASCII { return scalar.value <= 0x20 || scalar.value == 0x7F }
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    /// Characters that draw nothing: zero-width spaces, BOM, joiners, variation selectors.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        // No ASCII scalar is Default_Ignorable_Code_Point.
        if scalar.isASCII || isPlain(scalar) || isPrintedMark(scalar) { return false }
        return scalar.properties.isDefaultIgnorableCodePoint
    }

    /// General punctuation (dashes to the hyphenation point), CJK punctuation after the ideographic
    /// space, and the full-width forms of ASCII: neither whitespace, nor controls, nor drawn as
    /// nothing, told without a property look-up (free text prints them on every line).
    static func isPrintedMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2010...0x2027, 0x3001...0x303F, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
