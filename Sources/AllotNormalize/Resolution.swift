import AllotModel

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

    /// The former name the division was found under (alias table), if any.
    public var formerName: String? {
        switch self {
        case .resolved(_, .alias(let name)), .misplaced(_, .alias(let name), _): return name
        default: return nil
        }
    }
}
