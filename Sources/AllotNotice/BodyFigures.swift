import AllotModel
import AllotText
import Foundation

/// The amounts (numbers followed by 元, 万元, 亿元) and percentages stated in a notice's body text,
/// each with its sentence, the words before it, and the section heading and numbered item it is
/// printed under: what links it to the table cell it restates (see `NarrativeCheck`).
public enum BodyFigures {
    /// Units a stated amount may carry, longest first.
    static let units = ["亿元", "万元", "元", "%", "％"]

    /// Every figure of the body lines, in reading order.
    public static func read(_ lines: [TextLine]) -> [StatedFigure] {
        read(lines, scalarsWhereTheyStandAlone: true)
    }

    /// `read(_:)`; with `scalarsWhereTheyStandAlone` false, every line is read Character by
    /// Character (the general path, which the tests hold the scalar path to).
    static func read(_ lines: [TextLine], scalarsWhereTheyStandAlone: Bool) -> [StatedFigure] {
        var reader = Reader()
        var size = 0.0
        for line in lines {
            let raw = line.text
            // A line whose scalars all stand alone (the body's Chinese text) has one character a
            // scalar: it is read by scalars, which answer as its characters do, without forming them.
            let scalars = scalarsWhereTheyStandAlone && raw.unicodeScalars.allSatisfy(\.standsAlone)
            let text = scalars ? withoutWhiteSpaceScalars(raw) : withoutWhitespace(raw)
            guard !text.isEmpty, !isPageFurniture(text, standingAlone: scalars) else { continue }
            // A change of type size ends a heading (部门预算编制说明 over its first paragraph).
            if size > 0, abs(line.fontSize - size) > 0.15 * max(size, line.fontSize) { reader.flush() }
            size = line.fontSize
            let numbering = ListNumbering.of(text)
            if numbering == .chineseComma,
               scalars ? !text.unicodeScalars.contains("。") && text.unicodeScalars.count <= 60
                   : !text.contains("。") && text.count <= 60 {
                reader.flush()
                reader.section = text
                reader.itemNumber = -1
                reader.item = ""
                reader.add(text, page: line.page, standingAlone: scalars)
                reader.flush()
                continue
            }
            if numbering != nil {
                reader.flush()
                reader.itemNumber = reader.nextItem
                reader.nextItem += 1
                reader.item = ""
                reader.startsItem = true
            }
            reader.add(text, page: line.page, standingAlone: scalars)
        }
        reader.flush()
        return reader.figures
    }

    /// The text without its whitespace characters (`Character.isWhitespace`: a character whose first
    /// scalar has the White_Space property). Most body lines hold no such scalar: then no character
    /// is whitespace and the text is kept as it is, told without forming its characters.
    static func withoutWhitespace(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isWhiteSpace) else { return text }
        return String(text.filter { !$0.isWhitespace })
    }

    /// `withoutWhitespace` of a text whose scalars all stand alone: each is a character of its own,
    /// so the whitespace characters are the White_Space scalars, dropped without forming characters.
    static func withoutWhiteSpaceScalars(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isWhiteSpace) else { return text }
        return Unicode.Scalar.string(text.unicodeScalars.lazy.filter { !isWhiteSpace($0) })
    }

    /// The White_Space property (Unicode's PropList.txt: these 25 scalars), without a property look-up.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A page number or a running footer line ("- 20 -", "第 3 页").
    static func isPageFurniture(_ text: String) -> Bool {
        isPageFurniture(text, standingAlone: false)
    }

    /// `isPageFurniture`; `standingAlone`: every scalar of the text stands alone, so its scalars
    /// are counted for its characters.
    static func isPageFurniture(_ text: String, standingAlone: Bool) -> Bool {
        // At most 12 characters, counted no further than the 13th (body lines are long).
        var count = 0
        if standingAlone {
            for _ in text.unicodeScalars {
                count += 1
                if count > 12 { return false }
            }
        } else {
            for _ in text {
                count += 1
                if count > 12 { return false }
            }
        }
        return text.allSatisfy { "-—－第页共/".contains($0) || $0.isNumber }
    }

    /// Splits the body into sentences and reads each one's figures. A sentence is held as scalars
    /// while every line added to it stands alone (one character a scalar), else as characters.
    struct Reader {
        var figures: [StatedFigure] = []
        var section = ""
        var item = ""
        var itemNumber = -1
        var nextItem = 0
        var startsItem = false
        var sentenceNumber = 0
        /// True while the sentence is held in `scalars`.
        private var byScalars = true
        private var scalars: [Unicode.Scalar] = []
        private var characters: [Character] = []
        private var pages: [Int] = []

        /// Adds a line's text; `standingAlone`: its scalars all stand alone.
        mutating func add(_ text: String, page: Int, standingAlone: Bool = false) {
            if standingAlone, byScalars {
                for scalar in text.unicodeScalars {
                    scalars.append(scalar)
                    pages.append(page)
                    if scalar == "。" || scalar == "！" || scalar == "？" { flush() }
                }
                return
            }
            if byScalars {
                characters = scalars.map(Character.init)
                scalars.removeAll(keepingCapacity: true)
                byScalars = false
            }
            for character in text {
                characters.append(character)
                pages.append(page)
                if Self.endsSentence(character) {
                    flush()
                    byScalars = false
                }
            }
            if characters.isEmpty { byScalars = true }
        }

        /// 。, ！ or ？. Each is one scalar that no other sequence is canonically equivalent to, so a
        /// character is one of them exactly when it is that scalar alone: compared so, not through
        /// `Character` equality (a string comparison for every character of the body).
        static func endsSentence(_ character: Character) -> Bool {
            let scalars = character.unicodeScalars
            guard character.utf8.count == 3, let scalar = scalars.first else { return false }
            return scalar == "。" || scalar == "！" || scalar == "？"
        }

        mutating func flush() {
            if byScalars {
                guard !scalars.isEmpty else { return }
                flush(scalars)
                scalars.removeAll(keepingCapacity: true)
            } else {
                guard !characters.isEmpty else { return }
                flush(characters)
                characters.removeAll(keepingCapacity: true)
                byScalars = true
            }
            pages.removeAll(keepingCapacity: true)
        }

        private mutating func flush<Unit: TextUnit>(_ units: [Unit]) {
            let sentence = Unit.string(units)
            if startsItem {
                item = sentence
                startsItem = false
            }
            figures += Self.figures(in: units, pages: pages, sentence: sentence, number: sentenceNumber,
                                    section: section, item: item, itemNumber: itemNumber)
            sentenceNumber += 1
        }

        /// The figures of one sentence, its units characters or scalars that each stand alone (then
        /// every test below answers for a scalar as for its character: an ASCII digit, comma or point
        /// is one scalar, and no other scalar is canonically equivalent to a unit's).
        static func figures<Unit: TextUnit>(in units: [Unit], pages: [Int], sentence: String, number sentenceIndex: Int,
                                            section: String, item: String, itemNumber: Int) -> [StatedFigure] {
            var result: [StatedFigure] = []
            var index = 0
            var leadStart = 0
            while index < units.count {
                // After an ASCII digit, point or comma.
                let follows = index > 0 && Self.isNumberPart(units[index - 1].literal)
                guard units[index].isASCIIDigit, !follows else {
                    index += 1
                    continue
                }
                let (text, end) = Self.number(units, from: index)
                guard let unit = Self.unit(units, at: end),
                      let value = Decimal(string: String(text.filter { $0 != "," }), locale: posix),
                      text.count <= AmountParser.maximumDigits else {
                    index = end
                    continue
                }
                let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
                let isPercent = unit == "%" || unit == "％"
                result.append(StatedFigure(
                    kind: isPercent ? .percent : .amount, page: pages.indices.contains(index) ? pages[index] : 0,
                    sentence: sentence, lead: Unit.string(units[leadStart..<index]), head: Unit.string(units[0..<index]),
                    text: text, value: value, unit: isPercent ? "%" : unit, decimals: decimals, position: result.count,
                    sentenceNumber: sentenceIndex, section: section, item: item, itemNumber: itemNumber))
                index = end + unit.unicodeScalars.count
                leadStart = index
            }
            return result
        }

        private static let posix = Locale(identifier: "en_US_POSIX")

        /// An ASCII digit, point or comma.
        private static func isNumberPart(_ literal: UInt32) -> Bool {
            (0x30...0x39).contains(literal) || literal == 0x2E || literal == 0x2C
        }

        /// The number starting at `start` (digits, grouping commas before three digits, one decimal
        /// point) and the index after it.
        static func number<Unit: TextUnit>(_ units: [Unit], from start: Int) -> (String, Int) {
            var end = start
            var text = ""
            var seenPoint = false
            while end < units.count {
                let literal = units[end].literal
                if units[end].isASCIIDigit {
                    text.unicodeScalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: literal)))
                } else if literal == 0x2C, !seenPoint,
                          (1...3).allSatisfy({ end + $0 < units.count && units[end + $0].isASCIIDigit }) {
                    text.append(",")
                } else if literal == 0x2E, !seenPoint, end + 1 < units.count, units[end + 1].isASCIIDigit {
                    seenPoint = true
                    text.append(".")
                } else {
                    break
                }
                end += 1
            }
            return (text, end)
        }

        /// The unit right after a number, nil when none.
        static func unit<Unit: TextUnit>(_ units: [Unit], at index: Int) -> String? {
            for unit in BodyFigures.units {
                let scalars = unit.unicodeScalars
                guard index + scalars.count <= units.count else { continue }
                if zip(units[index...], scalars).allSatisfy({ $0.literal == $1.value }) { return unit }
            }
            return nil
        }
    }
}
