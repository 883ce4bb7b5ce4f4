/// Which money a table, a column or a sentence is about: the fund a disclosure's tables and
/// sentences name (一般公共预算, 政府性基金, 国有资本经营预算, all 财政拨款) or every source of the
/// department (no fund named). Two figures are the same figure only within one scope: 基本支出 of
/// the 支出决算表 (all funds) and of the 一般公共预算财政拨款支出决算表 differ when other funds pay.
enum FundScope: String, Hashable, Sendable, Comparable {
    /// No fund named: every source of the department.
    case all
    /// 财政拨款 without a narrower fund.
    case grant
    /// 一般公共预算.
    case general
    /// 政府性基金.
    case fund
    /// 国有资本经营预算.
    case capital

    /// The scope a text names, nil when it names none. A narrower fund wins over 财政拨款.
    static func named(in text: String) -> FundScope? {
        if text.contains("一般公共预算") { return .general }
        if text.contains("政府性基金") { return .fund }
        if text.contains("国有资本经营") { return .capital }
        if text.contains("财政拨款") { return .grant }
        return nil
    }

    static func < (lhs: FundScope, rhs: FundScope) -> Bool { lhs.rawValue < rhs.rawValue }
}
