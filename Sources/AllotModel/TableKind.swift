/// What a fiscal table is, judged from its title, header and rows.
public enum TableKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Money distributed to regions or recipients (资金分配表): the allocation notice's table.
    case allocation
    /// A two-sided 收支总表: 收入 on one side, 支出 on the other, each with its own total.
    case twoSided = "two_sided"
    /// One list printed in halves side by side (基本支出决算表: 人员经费 | 公用经费): the halves repeat
    /// the same columns and each closes with its own total; no balance holds between them.
    case sideBySide = "side_by_side"
    /// Rows keyed by functional or economic classification codes (功能分类/经济分类).
    case classification
    /// Rows numbered 一、 / （一） / 1. (a list of items and their parts).
    case numbered
    /// Anything else.
    case other

    /// True for tables whose rows may be places (allocation tables and unrecognized ones), which
    /// get region names and GB/T 2260 codes.
    public var isRegional: Bool { self == .allocation || self == .other }

    /// True for tables printed in halves side by side (a 收支总表 or one list in halves): each row
    /// belongs to one half and is read in that half's columns.
    public var hasSides: Bool { self == .twoSided || self == .sideBySide }
}
