import AllotModel
import Foundation

/// Reads printed amount cells ("1,234.50", "１２３４", "—", "(120)" for -120) exactly, without
/// floating point.
public enum AmountParser {
    /// The most significant digits an amount may have; more is treated as a misread.
    public static let maximumDigits = 28

    /// Characters that, alone or repeated, print "no amount" in a cell.
    static let placeholders: Set<Unicode.Scalar> = [
        "-", "/", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}",
        "\u{2212}", "\u{2500}", "\u{2501}",
    ]

    /// Minus signs accepted in front of a number: hyphen-minus, U+2212, and the triangles that
    /// accounting tables print for negatives (△ U+25B3, ▲ U+25B2).
    static let minusSigns: Set<Unicode.Scalar> = ["-", "\u{2212}", "\u{25B3}", "\u{25B2}"]

    /// Short dashes that fonts and word processors print in place of the minus sign (hyphen U+2010,
    /// non-breaking hyphen U+2011, figure dash U+2012, en dash U+2013: "–1.0"). Alone they print
    /// "none" (`placeholders`); before a figure they may be a minus or a placeholder run into the
    /// next cell's figure, which only the column's structure tells apart (`dashedNegative`).
    static let minusLikeDashes: Set<Unicode.Scalar> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}"]

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The negative amount a cell reads as when its leading short dash (`minusLikeDashes`) is a
    /// minus sign ("–1.0" → -1.0); nil when the cell has no such dash or no figure after it. The
    /// caller decides whether the dash is a minus (`parse` never reads it as one).
    public static func dashedNegative(_ raw: String) -> Amount? {
        var scalars = raw.unicodeScalars.drop { NameNormalizer.isPadding($0) || NameNormalizer.isInvisible($0) }
        guard let first = scalars.first, minusLikeDashes.contains(first) else { return nil }
        scalars.removeFirst()
        guard let next = scalars.first, isDigit(next) || ("\u{FF10}"..."\u{FF19}").contains(next) else { return nil }
        var text = "-"
        text.unicodeScalars.append(contentsOf: scalars)
        guard case let .amount(amount) = parse(text), amount.value < 0 else { return nil }
        return amount
    }

    /// True when the cell may hold a short dash (a byte that starts U+2000–U+2FFF): the cheap test
    /// before `dashedNegative`.
    public static func mayBeDashed(_ raw: String) -> Bool {
        raw.utf8.contains(0xE2)
    }

    /// Parses one cell as printed; surrounding whitespace of any kind is ignored.
    public static func parse(_ raw: String) -> AmountParse {
        plainNumber(raw) ?? parseGeneral(raw)
    }

    /// `parse` for every input, through Foundation's normalization and `Decimal(string:)`.
    static func parseGeneral(_ raw: String) -> AmountParse {
        // ASCII (most printed amounts) is its own NFKC form: no Foundation normalization for it.
        let normalized = raw.utf8.allSatisfy { $0 < 0x80 } ? raw : compatibilityForm(raw)
        var scalars = Array(normalized.unicodeScalars).filter { !NameNormalizer.isInvisible($0) }[...]
        while let first = scalars.first, NameNormalizer.isPadding(first) { scalars.removeFirst() }
        while let last = scalars.last, NameNormalizer.isPadding(last) { scalars.removeLast() }
        if scalars.allSatisfy({ placeholders.contains($0) || NameNormalizer.isPadding($0) }) {
            return .empty
        }
        var negative = false
        if let first = scalars.first, minusSigns.contains(first) {
            negative = true
            scalars.removeFirst()
        } else if scalars.count > 2, scalars.first == "(", scalars.last == ")" {
            // Accounting negatives: (120), （120） after NFKC.
            negative = true
            scalars = scalars.dropFirst().dropLast()
        }
        if let bad = scalars.first(where: { !isDigit($0) && $0 != "," && $0 != "." }) {
            if NameNormalizer.isPadding(bad) { return .invalid(reason: .spaceInside) }
            return .invalid(reason: .unexpectedCharacter(bad))
        }
        let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .invalid(reason: .moreThanOneDecimalPoint) }
        guard let integerPart = parts.first else { return .invalid(reason: .noDigits) }
        return number(integer: integerPart, fraction: parts.count == 2 ? parts.last : nil, negative: negative)
    }

    /// NFKC of `raw` as `parseGeneral` reads it: by table (`NameNormalizer.quickMapping`) for text
    /// of the scalars it maps, Foundation's for other text and for text with a combining tone mark
    /// (U+302A-U+302F, which NFKC may reorder). The table keeps NBSP and U+3000 where NFKC gives a
    /// space: padding either way, which is all `parseGeneral` asks of them.
    static func compatibilityForm(_ raw: String) -> String {
        if !raw.unicodeScalars.contains(where: { (0x302A...0x302F).contains($0.value) }),
           let mapped = NameNormalizer.quickMapping(raw, keepingFullWidthPunctuation: false) {
            return mapped
        }
        return raw.precomposedStringWithCompatibilityMapping
    }

    private static func number(integer: ArraySlice<Unicode.Scalar>, fraction: ArraySlice<Unicode.Scalar>?,
                               negative: Bool) -> AmountParse {
        guard let digits = ungrouped(integer) else {
            return .invalid(reason: .misplacedThousandsSeparator)
        }
        guard !digits.isEmpty else { return .invalid(reason: .noDigitsBeforeDecimalPoint) }
        if let fraction {
            guard !fraction.isEmpty else { return .invalid(reason: .noDigitsAfterDecimalPoint) }
            guard !fraction.contains(",") else { return .invalid(reason: .separatorAfterDecimalPoint) }
        }
        let significant = digits.drop { $0 == "0" }
        let integerText = significant.isEmpty ? "0" : asciiText(significant)
        let fractionText = fraction.map(asciiText)
        guard significant.count + (fractionText?.count ?? 0) <= maximumDigits else {
            return .invalid(reason: .tooManyDigits(maximum: maximumDigits))
        }
        let isZero = significant.isEmpty && (fractionText ?? "").allSatisfy { $0 == "0" }
        let sign = negative && !isZero ? "-" : ""
        let text = sign + integerText + (fractionText.map { "." + $0 } ?? "")
        guard let value = Decimal(string: text, locale: posix) else {
            return .invalid(reason: .notANumber)
        }
        return .amount(Amount(value: value, text: text))
    }

    /// The common case without Foundation: a well-formed number of ASCII digits with an optional
    /// leading "-", well-grouped commas and one decimal point, at most 19 significant digits. Its
    /// value is built from the digits directly (the same Decimal, bit for bit, as
    /// `Decimal(string:)` gives); nil for anything else, which the general path reads.
    static func plainNumber(_ raw: String) -> AmountParse? {
        var raw = raw
        return raw.withUTF8 { plainNumber($0) }
    }

    /// True when `plainNumber` reads the text (it then reads an amount), told without building
    /// the amount's value and text: for `TableFurniture.isAmount`, which asks only whether.
    static func isPlainNumber(_ raw: String) -> Bool {
        var raw = raw
        return raw.withUTF8 { plainDigits($0) != nil }
    }

    private static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> AmountParse? {
        guard let (negative, mantissa, fractionDigits) = plainDigits(bytes),
              // The digits make the amount at once: the amount `Amount(value:text:)` holds for the
              // canonical text and value of the number (the digits' own); any other is left to the
              // general path.
              let amount = Amount(magnitude: mantissa, decimals: fractionDigits, negative: negative && mantissa != 0)
        else { return nil }
        return .amount(amount)
    }

    /// The checks of `plainNumber` and what they give (sign, the digits' value, digits after the
    /// point); nil when the text is no plain number.
    private static func plainDigits(_ bytes: UnsafeBufferPointer<UInt8>)
        -> (negative: Bool, mantissa: UInt64, fractionDigits: Int)? {
        let minus = UInt8(ascii: "-"), comma = UInt8(ascii: ","), point = UInt8(ascii: ".")
        let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
        var index = 0
        let negative = bytes.first == minus
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var fractionDigits = 0
        var integerDigits = 0
        var inFraction = false
        // Grouping: digits since the last comma (or the start), and whether a comma was seen.
        var groupDigits = 0
        var grouped = false
        var firstDigit: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case zero...nine:
                if inFraction {
                    fractionDigits += 1
                } else {
                    if integerDigits == 0 { firstDigit = byte }
                    integerDigits += 1
                    groupDigits += 1
                }
                if significant > 0 || byte != zero || inFraction { significant += 1 }
                guard significant <= 19 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(byte &- zero)
            case comma:
                guard !inFraction else { return nil }
                if grouped {
                    guard groupDigits == 3 else { return nil }
                } else {
                    guard (1...3).contains(groupDigits), firstDigit != zero else { return nil }
                }
                grouped = true
                groupDigits = 0
            case point:
                guard !inFraction, integerDigits > 0 else { return nil }
                if grouped { guard groupDigits == 3 else { return nil } }
                inFraction = true
            default:
                return nil
            }
        }
        guard integerDigits > 0, !inFraction || fractionDigits > 0 else { return nil }
        if grouped, !inFraction { guard groupDigits == 3 else { return nil } }
        // Zero with decimals keeps its exponent in Decimal(string:): leave it to the general path.
        guard mantissa != 0 || fractionDigits == 0 else { return nil }
        return (negative, mantissa, fractionDigits)
    }

    /// The digits of an integer part with well-formed grouping removed (1,234,567 → 1234567);
    /// nil when separators are misplaced (12,34 or 1,,234).
    private static func ungrouped(_ integer: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1 else { return Array(integer) }
        guard let head = groups.first, (1...3).contains(head.count), head.first != "0",
              groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return groups.flatMap { $0 }
    }

    /// The text of scalars known to be ASCII (digits here), built from their bytes.
    private static func asciiText<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        String(decoding: scalars.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
