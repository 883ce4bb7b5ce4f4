/// How a printed county name was matched to a division.
public enum DivisionMatch: Hashable, Sendable {
    /// The official name, as printed.
    case exact
    /// The official name without its suffix (盂 for 盂县).
    case suffixOmitted
    /// Same name with another suffix (怀仁县 for 怀仁市): likely a rename missing from the alias table.
    case suffixChanged
    /// A former name from the alias table.
    case alias(DivisionAlias)
}

/// The outcome of looking up a county-level name.
public enum Resolution: Hashable, Sendable {
    /// Found in the given context.
    case resolved(Division, via: DivisionMatch)
    /// Found in the province, but under another prefecture than the row's.
    case misplaced(Division, via: DivisionMatch, actualParent: Division)
    /// Several divisions match and the context cannot decide; their codes, sorted.
    case ambiguous([String])
    /// No division matches.
    case unknown

    /// The division found, resolved or misplaced.
    public var division: Division? {
        switch self {
        case .resolved(let division, _), .misplaced(let division, _, _): return division
        case .ambiguous, .unknown: return nil
        }
    }

    /// The alias used to find the division, if any.
    public var alias: DivisionAlias? {
        switch self {
        case .resolved(_, .alias(let alias)), .misplaced(_, .alias(let alias), _): return alias
        default: return nil
        }
    }
}
