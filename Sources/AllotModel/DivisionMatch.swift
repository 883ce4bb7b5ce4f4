/// How a row's GB/T 2260 code was found.
public enum DivisionMatch: Hashable, Sendable, CustomStringConvertible {
    /// The official name, as printed.
    case exact
    /// The official name without its suffix (盂 for 盂县).
    case suffixOmitted
    /// Same name with another suffix (怀仁县 for 怀仁市): likely a rename missing from the alias table.
    case suffixChanged
    /// Not printed: a bare 小计 takes the prefecture shared by all of its items.
    case inferred
    /// A former name from the alias table (大同县, now 云州区).
    case alias(formerName: String)

    /// The text in the dataset: exact, suffix_omitted, suffix_changed, inferred, alias:大同县.
    public var description: String {
        switch self {
        case .exact: "exact"
        case .suffixOmitted: "suffix_omitted"
        case .suffixChanged: "suffix_changed"
        case .inferred: "inferred"
        case let .alias(formerName): "alias:\(formerName)"
        }
    }

    /// The match a dataset text names; nil for any other text (including the empty text of an
    /// unresolved row).
    public init?(text: String) {
        switch text {
        case "exact": self = .exact
        case "suffix_omitted": self = .suffixOmitted
        case "suffix_changed": self = .suffixChanged
        case "inferred": self = .inferred
        default:
            guard text.hasPrefix("alias:"), text.count > 6 else { return nil }
            self = .alias(formerName: String(text.dropFirst(6)))
        }
    }
}
