import Foundation

/// Recognizes page furniture: lines that are not content (page numbers, unit lines, labels).
enum Furniture {
    /// "— 3 —", "-3-", "- 3 -", "第3页"; a bare "3" only in the page margins (`inMargin`).
    static func isPageNumber(_ compact: String, inMargin: Bool) -> Bool {
        compact.wholeMatch(of: /[—–\-－─]{1,2}\d{1,4}[—–\-－─]{1,2}/) != nil
            || compact.wholeMatch(of: /第\d{1,4}页(共\d{1,4}页)?/) != nil
            || (inMargin && compact.wholeMatch(of: /\d{1,3}/) != nil)
    }

    /// The unit named by a unit line ("单位：万元" → "万元"), nil when the line is not one.
    static func unit(_ compact: String) -> String? {
        guard let match = compact.wholeMatch(of: /[(（]?(?:金额)?单位[:：](.{1,8}?)[)）]?/) else { return nil }
        return String(match.1)
    }

    /// The attachment label alone on its line ("附件", "附件1", "附件2：", "附件一"), nil otherwise.
    static func attachmentLabel(_ compact: String) -> String? {
        guard let match = compact.wholeMatch(of: /(附件[0-9一二三四五六七八九十]{0,3})[:：]?/) else { return nil }
        return String(match.1)
    }

    /// A unit stated in a header cell ("中央资金（万元）" → "万元").
    static func unitInHeader(_ compact: String) -> String? {
        guard let match = compact.firstMatch(of: /[(（](万元|元|亿元|千元)[)）]/) else { return nil }
        return String(match.1)
    }

    /// The header text without a trailing unit in brackets.
    static func strippingUnit(_ compact: String) -> String {
        compact.replacing(/[(（](万元|元|亿元|千元)[)）]$/, with: "")
    }
}
