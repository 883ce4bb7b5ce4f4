import AllotText

/// A title with every number in it written in Arabic digits, so that a title printed again with
/// its numbers in the other numerals (二〇二四年 for 2024年, 第1批 for 第一批) is the same title,
/// and two titles whose numbers differ still differ in a digit. A run of numerals is read digit by
/// digit (二〇二四, 2024 → 2024) or, when it holds 十 (廿, 卅), positionally (十二 → 12); zero's
/// stand-ins that are no numerals themselves (○, a Latin O or o: a scan's reading of 〇 or 0)
/// count as 0 only inside a run with a numeral (二O二四, 2O24).
enum TitleNumbers {
    /// The characters of `text` with each run of numerals replaced by its Arabic digits; a run
    /// that cannot be read (十十) is kept as it was.
    static func arabic(_ text: some StringProtocol) -> [Character] {
        var out: [Character] = []
        var run: [Character] = []
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard run.contains(where: isNumeral) else {
                out += run
                return
            }
            if run.contains(where: isPositional) {
                if let value = ChineseNumeral.value(Substring(String(run))) {
                    out += String(value)
                } else {
                    out += run
                }
                return
            }
            for character in run {
                if let value = digit(character) { out += String(value) } else { out.append(character) }
            }
        }
        for character in text {
            if isNumeral(character) || isPositional(character) || isZeroStandIn(character) {
                run.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }

    /// The value of a digit written any way: Arabic (full width too), 〇 零 一 … 九, or a stand-in for zero.
    static func digit(_ character: Character) -> Int? {
        if let scalar = sureScalar(character) { return scalarDigit(scalar) }
        if let value = ChineseNumeral.digits[character] { return value }
        guard character.isNumber, let value = character.wholeNumberValue, (0...9).contains(value) else { return nil }
        return value
    }

    /// The character's one scalar when the character is told apart by it for sure: an ASCII scalar
    /// or an ideograph of the CJK Unified Ideographs block. Such a character equals a numeral
    /// written as one of these scalars exactly when it is that scalar (no other spelling is
    /// canonically equivalent to it, and it has no decomposition), so it is compared and looked up
    /// by scalar; nil for any other character, which is asked as a character. A title's characters
    /// were each compared as strings and looked up in a dictionary of characters (some 100,000
    /// instructions a title).
    static func sureScalar(_ character: Character) -> Unicode.Scalar? {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return nil
        }
        switch scalar.value {
        case 0...0x7F, 0x4E00...0x9FFF: return scalar
        default: return nil
        }
    }

    /// `digit` of a character that is this sure scalar (`sureScalar`).
    static func scalarDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39:
            return Int(scalar.value - 0x30)
        case 0x4F, 0x6F:
            return 0  // O and o, ChineseNumeral's stand-ins for zero
        case 0...0x7F:
            return nil
        default:
            if let value = ChineseNumeral.ideographDigit(scalar) { return value }
            guard scalar.properties.numericType != nil, let numeric = scalar.properties.numericValue,
                  let value = Int(exactly: numeric), (0...9).contains(value) else { return nil }
            return value
        }
    }

    /// Arabic digits (ASCII or full width) and the ideographs of the digits.
    private static func isNumeral(_ character: Character) -> Bool {
        !isZeroStandIn(character) && digit(character) != nil
    }

    /// The tens of a number written positionally.
    private static func isPositional(_ character: Character) -> Bool {
        if let scalar = sureScalar(character) { return scalar == "十" || scalar == "廿" || scalar == "卅" }
        return character == "十" || character == "廿" || character == "卅"
    }

    /// Characters a scan reads for a zero that are no numeral by themselves.
    private static func isZeroStandIn(_ character: Character) -> Bool {
        // ○ (U+25CB) is no sure scalar: a sure scalar is a stand-in only as O or o.
        if let scalar = sureScalar(character) { return scalar == "O" || scalar == "o" }
        return character == "○" || character == "O" || character == "o"
    }
}
