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
        var reader = Reader()
        var size = 0.0
        for line in lines {
            let text = withoutWhitespace(line.text)
            guard !text.isEmpty, !isPageFurniture(text) else { continue }
            // A change of type size ends a heading (部门预算编制说明 over its first paragraph).
            if size > 0, abs(line.fontSize - size) > 0.15 * max(size, line.fontSize) { reader.flush() }
            size = line.fontSize
            let numbering = ListNumbering.of(text)
            if numbering == .chineseComma, !text.contains("。"), text.count <= 60 {
                reader.flush()
                reader.section = text
                reader.itemNumber = -1
                reader.item = ""
                reader.add(text, page: line.page)
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
            reader.add(text, page: line.page)
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

    /// The White_Space property (Unicode's PropList.txt: these 25 scalars), without a property look-up.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A page number or a running footer line ("- 20 -", "第 3 页").
    static func isPageFurniture(_ text: String) -> Bool {
        // At most 12 characters, counted no further than the 13th (body lines are long).
        var count = 0
        for _ in text {
            count += 1
            if count > 12 { return false }
        }
        return text.allSatisfy { "-—－第页共/".contains($0) || $0.isNumber }
    }

    /// Splits the body into sentences and reads each one's figures.
    struct Reader {
        var figures: [StatedFigure] = []
        var section = ""
        var item = ""
        var itemNumber = -1
        var nextItem = 0
        var startsItem = false
        var sentenceNumber = 0
        private var characters: [Character] = []
        private var pages: [Int] = []

        mutating func add(_ text: String, page: Int) {
            for character in text {
                characters.append(character)
                pages.append(page)
                if Self.endsSentence(character) { flush() }
            }
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
            guard !characters.isEmpty else { return }
            let sentence = String(characters)
            if startsItem {
                item = sentence
                startsItem = false
            }
            figures += Self.figures(in: characters, pages: pages, sentence: sentence, number: sentenceNumber,
                                    section: section, item: item, itemNumber: itemNumber)
            sentenceNumber += 1
            characters.removeAll(keepingCapacity: true)
            pages.removeAll(keepingCapacity: true)
        }

        /// The figures of one sentence.
        static func figures(in characters: [Character], pages: [Int], sentence: String, number sentenceIndex: Int, section: String,
                            item: String, itemNumber: Int) -> [StatedFigure] {
            var result: [StatedFigure] = []
            var index = 0
            var leadStart = 0
            while index < characters.count {
                let character = characters[index]
                // After an ASCII digit, point or comma (compared as bytes: a string comparison each).
                let follows = index > 0 && (characters[index - 1].asciiValue.map {
                    (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",")
                } ?? false)
                guard character.isASCII, character.isNumber, !follows else {
                    index += 1
                    continue
                }
                let (text, end) = Self.number(characters, from: index)
                guard let unit = Self.unit(characters, at: end),
                      let value = Decimal(string: text.replacingOccurrences(of: ",", with: ""),
                                          locale: Locale(identifier: "en_US_POSIX")),
                      text.count <= AmountParser.maximumDigits else {
                    index = end
                    continue
                }
                let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
                let isPercent = unit == "%" || unit == "％"
                result.append(StatedFigure(
                    kind: isPercent ? .percent : .amount, page: pages.indices.contains(index) ? pages[index] : 0,
                    sentence: sentence, lead: String(characters[leadStart..<index]), head: String(characters[0..<index]),
                    text: text, value: value, unit: isPercent ? "%" : unit, decimals: decimals, position: result.count,
                    sentenceNumber: sentenceIndex, section: section, item: item, itemNumber: itemNumber))
                index = end + unit.count
                leadStart = index
            }
            return result
        }

        /// The number starting at `start` (digits, grouping commas before three digits, one decimal
        /// point) and the index after it.
        static func number(_ characters: [Character], from start: Int) -> (String, Int) {
            var end = start
            var text = ""
            var seenPoint = false
            while end < characters.count {
                let character = characters[end]
                if character.isASCII, character.isNumber {
                    text.append(character)
                } else if character == ",", !seenPoint,
                          (1...3).allSatisfy({ end + $0 < characters.count && characters[end + $0].isASCII
                              && characters[end + $0].isNumber }) {
                    text.append(character)
                } else if character == ".", !seenPoint, end + 1 < characters.count, characters[end + 1].isASCII,
                          characters[end + 1].isNumber {
                    seenPoint = true
                    text.append(character)
                } else {
                    break
                }
                end += 1
            }
            return (text, end)
        }

        /// The unit right after a number, nil when none.
        static func unit(_ characters: [Character], at index: Int) -> String? {
            for unit in BodyFigures.units {
                let scalars = Array(unit)
                guard index + scalars.count <= characters.count else { continue }
                if Array(characters[index..<(index + scalars.count)]) == scalars { return unit }
            }
            return nil
        }
    }
}
