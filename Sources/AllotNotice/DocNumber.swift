import AllotModel
import AllotText
import Foundation

/// A document number (发文字号) in its parts; `text` is the official form 晋乡振发〔2022〕125号.
public struct DocNumber: Hashable, Sendable {
    /// Agency code (发文机关代字): 晋乡振发.
    public var agencyCode: String
    /// Year, four digits: 2022.
    public var year: String
    /// Serial without leading zeros: 125.
    public var serial: String

    /// Creates a doc number from its parts.
    public init(agencyCode: String, year: String, serial: String) {
        self.agencyCode = agencyCode
        self.year = year
        self.serial = serial
    }

    /// The official form, with 〔〕 around the year: 晋乡振发〔2022〕125号.
    public var text: String { "\(agencyCode)〔\(year)〕\(serial)号" }

    /// The first doc number in the text, normalized, or nil.
    public static func find(in text: String) -> String? {
        first(in: text)?.text
    }

    /// The first doc number in the text, or nil. Everything from the start of the run of Han
    /// characters before the bracket is taken as the agency code, so pass text where the number
    /// stands on its own (a line, or the inside of a bracket).
    public static func first(in text: String) -> DocNumber? {
        let compact = NameNormalizer.normalize(text)
        var start = compact.startIndex
        while start < compact.endIndex {
            if let match = match(in: compact, at: start) { return DocNumber(match, in: compact) }
            start = compact.index(after: start)
        }
        return nil
    }

    /// The doc number a whole line states, nil when the line holds anything else. A 签发人 (signer)
    /// printed to the right of the number, as 上行文 do, is allowed and ignored.
    public static func line(_ text: String) -> DocNumber? {
        line(compact: NameNormalizer.normalize(text))
    }

    /// `line(_:)` for a line already normalized (`NoticeLines.text`).
    static func line(compact: String) -> DocNumber? {
        // Every label and every match holds 号, and nothing else is 号 in normalized text: a line
        // without it is no doc number, told without the label searches (most body lines).
        guard compact.unicodeScalars.contains("号") else { return nil }
        // Portal information tables label the number: 发文字号 | 晋乡振函〔2023〕12号.
        var start = compact.startIndex
        for label in labels where compact.hasPrefix(label) {
            start = compact.index(compact.startIndex, offsetBy: label.count)
            if start < compact.endIndex, compact[start] == ":" || compact[start] == "：" {
                start = compact.index(after: start)
            }
            break
        }
        // Two label-value pairs on one row (发文机关：… 发文字号：…): the number after the last label.
        if start == compact.startIndex {
            for label in labels {
                for colon in [":", "："] {
                    if let range = compact.foundationRange(of: label + colon, backwards: true), range.upperBound > start {
                        start = range.upperBound
                    }
                }
            }
        }
        guard let match = match(in: compact, at: start) else { return nil }
        let rest = compact[match.end...]
        guard rest.isEmpty || rest.hasPrefix("签发人") else { return nil }
        return DocNumber(match, in: compact)
    }

    /// Labels printed before a doc number in portal information tables (longest first).
    static let labels = ["发文字号", "发文文号", "文件编号", "文号"]

    /// The doc number the whole text is, nil otherwise (used for the parts of a citation bracket).
    static func whole(_ text: String) -> DocNumber? {
        // Nothing normalizes to 号 but 号 itself: skip normalizing text that cannot match.
        guard text.unicodeScalars.contains("号") else { return nil }
        let compact = NameNormalizer.normalize(text)
        return match(in: compact, at: compact.startIndex, endingAt: compact.endIndex).map { DocNumber($0, in: compact) }
    }

    /// Where the doc-number pattern matches in `text` starting at `start`: the parts and the end of
    /// the match. The pattern (see `Cursor` for how it is read) takes any bracket a text layer carries
    /// around the year, full-width or not (NFKC folds （）［］﹝﹞, free text keeps them):
    ///
    ///     (\p{Han}{1,12})[〔\[【(〖（［﹝]((?:19|20)\d{2})[〕\]】)〗）］﹞]第?(\d{1,6})号
    ///
    /// As the regex backtracks, the longest agency code wins that lets the rest match (and, when
    /// `required` is given, end there).
    static func match<Text: BidirectionalCollection>(in text: Text, at start: Text.Index,
                                                     endingAt required: Text.Index? = nil) -> Match<Text.Index>?
    where Text.Element: TextUnit {
        var cursor = Cursor(text, at: start)
        var found: Match<Text.Index>?
        var count = 0
        while count < 12, cursor.take(where: \.isHan) {
            count += 1
            if var match = tail(in: text, at: cursor.index), required.map({ $0 == match.end }) ?? true {
                match.agency = start..<cursor.index
                found = match
            }
        }
        return found
    }

    /// The bracketed year, the serial and 号 at `start`; the agency code is left empty.
    private static func tail<Text: BidirectionalCollection>(in text: Text, at start: Text.Index) -> Match<Text.Index>?
    where Text.Element: TextUnit {
        var cursor = Cursor(text, at: start)
        guard cursor.take(where: { openingBrackets.contains($0.literal) }) else { return nil }
        let yearStart = cursor.index
        let century = cursor.take("1") ? cursor.take("9") : cursor.take("2") && cursor.take("0")
        guard century, cursor.takeRun(upTo: 2, where: \.isNumber) == 2 else { return nil }
        let year = yearStart..<cursor.index
        guard cursor.take(where: { closingBrackets.contains($0.literal) }) else { return nil }
        _ = cursor.take("第")
        let serialStart = cursor.index
        guard (1...6).contains(cursor.takeRun(upTo: 7, where: \.isNumber)) else { return nil }
        let serial = serialStart..<cursor.index
        guard cursor.take("号") else { return nil }
        return Match(agency: start..<start, year: year, serial: serial, end: cursor.index)
    }

    private static let openingBrackets = literals("〔[【(〖（［﹝")
    private static let closingBrackets = literals("〕]】)〗）］﹞")

    /// The parts of a doc-number match, as ranges of the text matched.
    struct Match<Index: Comparable> {
        var agency: Range<Index>
        var year: Range<Index>
        var serial: Range<Index>
        /// Where the match ends.
        var end: Index
    }

    /// The doc number of a match in `text`, leading zeros dropped from the serial.
    init<Text: BidirectionalCollection>(_ match: Match<Text.Index>, in text: Text) where Text.Element: TextUnit {
        let digits = text[match.serial].drop { $0.literal == 0x30 }   // "0"
        agencyCode = Text.Element.string(text[match.agency])
        year = Text.Element.string(text[match.year])
        serial = digits.isEmpty ? "0" : Text.Element.string(digits)
    }
}
