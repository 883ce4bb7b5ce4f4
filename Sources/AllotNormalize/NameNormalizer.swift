import Foundation

/// Turns printed labels into comparable names: no padding, NFKC, radicals as unified ideographs.
public enum NameNormalizer {
    /// A region or row name with every kind of inner whitespace removed ("盂　　县" → "盂县",
    /// "⽅⼭县" → "方山县", "⻓治市" → "长治市").
    public static func normalize(_ raw: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in unifiedIdeographs(raw).unicodeScalars where !isPadding(scalar) && !isInvisible(scalar) {
            kept.append(scalar)
        }
        return String(kept)
    }

    /// Free text (titles, remarks): NFKC and radicals; whitespace dropped next to CJK characters,
    /// collapsed to one space between other characters, trimmed at both ends.
    public static func normalizeText(_ raw: String) -> String {
        var kept = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        var pendingSpace = false
        for scalar in unifiedIdeographs(raw).unicodeScalars {
            if isPadding(scalar) {
                pendingSpace = true
                continue
            }
            if isInvisible(scalar) { continue }
            if pendingSpace, let previous, !CJK.contains(previous), !CJK.contains(scalar) {
                kept.append(" ")
            }
            pendingSpace = false
            kept.append(scalar)
            previous = scalar
        }
        return String(kept)
    }

    /// NFKC (which covers Kangxi Radicals and CJK Compatibility Ideographs), then the
    /// Equivalent_Unified_Ideograph table for the CJK Radicals Supplement and CJK Strokes.
    static func unifiedIdeographs(_ raw: String) -> String {
        let compatible = raw.precomposedStringWithCompatibilityMapping
        let table = EquivalentIdeographs.bundled
        guard !table.isEmpty else { return compatible }
        var mapped = String.UnicodeScalarView()
        for scalar in compatible.unicodeScalars {
            mapped.append(table[scalar] ?? scalar)
        }
        return String(mapped)
    }

    /// Whitespace of every kind and control characters (tabs, line breaks, NBSP, U+3000).
    static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    /// Characters that draw nothing: zero-width spaces, BOM, joiners, variation selectors.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isDefaultIgnorableCodePoint
    }
}
