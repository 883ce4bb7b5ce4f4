/// What a document is, judged from its title, its tables' titles and kinds.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A fund-allocation notice (资金分配通知): money distributed to regions or recipients.
    case allocationNotice = "allocation_notice"
    /// A department or government budget disclosure (部门预算, 预算公开).
    case budgetDisclosure = "budget_disclosure"
    /// A final-account disclosure (部门决算, 决算公开).
    case finalAccountDisclosure = "final_account_disclosure"
    /// Anything else.
    case other
}
