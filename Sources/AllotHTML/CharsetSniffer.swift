import AllotModel

/// Decides how a page's bytes are encoded: a byte-order mark, else the declared charset
/// (`<meta charset>` or http-equiv content-type), else UTF-8 when the bytes are valid UTF-8,
/// else the fallback (GB18030, which also decodes GBK and GB2312).
struct CharsetSniffer {
    /// How the encoding was chosen.
    enum Source: String, Sendable {
        case byteOrderMark = "bom"
        case declared
        case validUTF8 = "utf-8 bytes"
        case fallback
    }

    /// The chosen encoding (a name libxml2 knows) and why.
    struct Decision: Equatable, Sendable {
        var encoding: String
        var source: Source
    }

    let settings: HTMLSettings
    /// Whether the decoder knows an encoding name (libxml2 in production).
    let supports: (String) -> Bool

    /// Labels that name GBK or GB2312 (WHATWG decodes them all as GBK; GB18030 is a superset).
    static let chineseLabels: Set<String> = [
        "gbk", "x-gbk", "gb2312", "gb_2312", "gb_2312-80", "csgb2312", "chinese", "cp936", "ms936",
        "windows-936", "iso-ir-58", "csiso58gb231280", "euc-cn", "gb18030",
    ]

    func decide(_ bytes: [UInt8]) -> Decision {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Decision(encoding: "UTF-8", source: .byteOrderMark) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Decision(encoding: "UTF-16LE", source: .byteOrderMark) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Decision(encoding: "UTF-16BE", source: .byteOrderMark) }
        let validUTF8 = UTF8Bytes.areValid(bytes)
        if let declared = Self.declaredCharset(in: bytes, limit: settings.charsetSniffLength) {
            let encoding = canonical(declared)
            // A page that says UTF-8 but is not: portals mislabel GBK pages; decode what is there.
            if encoding == "UTF-8", !validUTF8 {
                return Decision(encoding: settings.fallbackEncoding, source: .fallback)
            }
            if supports(encoding) { return Decision(encoding: encoding, source: .declared) }
        }
        if validUTF8 { return Decision(encoding: "UTF-8", source: .validUTF8) }
        return Decision(encoding: settings.fallbackEncoding, source: .fallback)
    }

    /// The encoding to try when `used` read nothing usable: UTF-8 when the bytes are valid UTF-8,
    /// else the fallback; nil when that is what was used.
    func alternative(to used: String, _ bytes: [UInt8]) -> String? {
        let candidate = UTF8Bytes.areValid(bytes) ? "UTF-8" : settings.fallbackEncoding
        return candidate == used ? nil : candidate
    }

    /// The name to hand the decoder: UTF-8 for every UTF label (a meta cannot declare UTF-16),
    /// the fallback for GBK-family labels, otherwise the label uppercased.
    func canonical(_ label: String) -> String {
        let lower = label.lowercased()
        if lower.hasPrefix("utf") || lower == "unicode-1-1-utf-8" { return "UTF-8" }
        if Self.chineseLabels.contains(lower) { return settings.fallbackEncoding }
        return label.uppercased()
    }

    /// The charset a `<meta>` in the first `limit` bytes declares, lowercased; nil when none.
    static func declaredCharset(in bytes: [UInt8], limit: Int) -> String? {
        // Bytes read one to one as Latin-1: the declaration is ASCII whatever the encoding.
        let head = String(String.UnicodeScalarView(bytes.prefix(max(limit, 0)).map { Unicode.Scalar($0) }))
            .lowercased()
        guard let match = head.firstMatch(of: /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)/) else {
            return nil
        }
        return String(match.1)
    }
}
