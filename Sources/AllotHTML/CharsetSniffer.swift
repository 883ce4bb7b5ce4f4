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
    /// What the regex `<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)` captures first in the
    /// bytes read one to one as Latin-1 and lowercased (the declaration is ASCII whatever the
    /// encoding), found on the bytes themselves: building the regex and the text was 5% of reading
    /// a portal page, three times a page.
    static func declaredCharset(in bytes: [UInt8], limit: Int) -> String? {
        let head = bytes.prefix(max(limit, 0)).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        func find(_ word: String, from start: Int, before end: Int) -> Int? {
            let word = Array(word.utf8)
            var index = start
            while index + word.count <= end {
                if head[index..<index + word.count].elementsEqual(word) { return index }
                index += 1
            }
            return nil
        }
        // Character.isWhitespace of a Latin-1 character: tab to carriage return, space, NEL, NBSP.
        func skipSpace(_ index: inout Int) {
            while index < head.count, [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0].contains(head[index]) { index += 1 }
        }
        func isValue(_ byte: UInt8) -> Bool {
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || [0x5F, 0x2E, 0x3A, 0x2D].contains(byte)
        }
        var from = 0
        while let meta = find("<meta", from: from, before: head.count) {
            // The tag's attributes: up to its `>` ([^>]*? never passes one).
            let end = find(">", from: meta, before: head.count) ?? head.count
            var next = meta + 5
            while let charset = find("charset", from: next, before: end) {
                var index = charset + 7
                skipSpace(&index)
                if index < head.count, head[index] == UInt8(ascii: "=") {
                    index += 1
                    skipSpace(&index)
                    if index < head.count, head[index] == UInt8(ascii: "\"") || head[index] == UInt8(ascii: "'") { index += 1 }
                    skipSpace(&index)
                    let start = index
                    while index < head.count, isValue(head[index]) { index += 1 }
                    if index > start { return String(decoding: head[start..<index], as: UTF8.self) }
                }
                next = charset + 1
            }
            from = meta + 1
        }
        return nil
    }
}
