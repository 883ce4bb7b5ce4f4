/// What a fiscal table is, judged from its title, header and rows.
public enum TableKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Money distributed to regions or recipients (资金分配表): the allocation notice's table.
    case allocation
    /// A two-sided 收支总表: 收入 on one side, 支出 on the other, each with its own total.
    case twoSided = "two_sided"
    /// Rows keyed by functional or economic classification codes (功能分类/经济分类).
    case classification
    /// Rows numbered 一、 / （一） / 1. (a list of items and their parts).
    case numbered
    /// Anything else.
    case other

    /// True for tables whose rows may be places (allocation tables and unrecognized ones), which
    /// get region names and GB/T 2260 codes.
    public var isRegional: Bool { self == .allocation || self == .other }
}
