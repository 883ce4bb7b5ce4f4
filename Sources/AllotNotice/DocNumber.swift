import AllotNormalize

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

    /// Any bracket a text layer carries around the year, full-width or not (NFKC folds （）［］﹝﹞,
    /// free text keeps them).
    static var pattern: Regex<(Substring, Substring, Substring, Substring)> {
        /(\p{Han}{1,12})[〔\[【(〖（［﹝]((?:19|20)\d{2})[〕\]】)〗）］﹞]第?(\d{1,6})号/
    }

    /// The first doc number in the text, normalized, or nil.
    public static func find(in text: String) -> String? {
        first(in: text)?.text
    }

    /// The first doc number in the text, or nil. Everything from the start of the run of Han
    /// characters before the bracket is taken as the agency code, so pass text where the number
    /// stands on its own (a line, or the inside of a bracket).
    public static func first(in text: String) -> DocNumber? {
        let compact = NameNormalizer.normalize(text)
        return compact.firstMatch(of: pattern).map { DocNumber(match: $0.output) }
    }

    /// The doc number a whole line states, nil when the line holds anything else. A 签发人 (signer)
    /// printed to the right of the number, as 上行文 do, is allowed and ignored.
    public static func line(_ text: String) -> DocNumber? {
        let compact = NameNormalizer.normalize(text)
        guard let match = compact.prefixMatch(of: pattern) else { return nil }
        let rest = compact[match.range.upperBound...]
        guard rest.isEmpty || rest.hasPrefix("签发人") else { return nil }
        return DocNumber(match: match.output)
    }

    /// The doc number the whole text is, nil otherwise (used for the parts of a citation bracket).
    static func whole(_ text: String) -> DocNumber? {
        NameNormalizer.normalize(text).wholeMatch(of: pattern).map { DocNumber(match: $0.output) }
    }

    /// The parts of a match of `pattern`, leading zeros dropped from the serial.
    init(match: (Substring, Substring, Substring, Substring)) {
        let digits = match.3.drop { $0 == "0" }
        agencyCode = String(match.1)
        year = String(match.2)
        serial = digits.isEmpty ? "0" : String(digits)
    }
}
