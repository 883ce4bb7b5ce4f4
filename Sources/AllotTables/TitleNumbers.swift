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
    private static func digit(_ character: Character) -> Int? {
        if let value = ChineseNumeral.digits[character] { return value }
        guard character.isNumber, let value = character.wholeNumberValue, (0...9).contains(value) else { return nil }
        return value
    }

    /// Arabic digits (ASCII or full width) and the ideographs of the digits.
    private static func isNumeral(_ character: Character) -> Bool {
        !isZeroStandIn(character) && digit(character) != nil
    }

    /// The tens of a number written positionally.
    private static func isPositional(_ character: Character) -> Bool {
        character == "十" || character == "廿" || character == "卅"
    }

    /// Characters a scan reads for a zero that are no numeral by themselves.
    private static func isZeroStandIn(_ character: Character) -> Bool {
        character == "○" || character == "O" || character == "o"
    }
}
