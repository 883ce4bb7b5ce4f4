import AllotModel

/// What a printed amount cell holds.
public enum AmountParse: Hashable, Sendable {
    /// A number, exact, with its canonical text (possibly negative: the caller flags those).
    case amount(Amount)
    /// Nothing: an empty cell or a dash standing for none ("—", "－", "/").
    case empty
    /// Text that is not an amount, with the reason.
    case invalid(reason: AmountParseFailure)

    /// The amount, when the cell held one.
    public var amount: Amount? {
        if case .amount(let amount) = self { return amount }
        return nil
    }
}
