/// The amounts of one table row, one per amount column (nil where the cell is empty), held
/// without an array of their own when there are at most two and each is a plain amount.
///
/// A large sheet holds a row's amounts in its draft and in its built row while the table is
/// normalized and reconciled: an array of `Amount?` was 80 bytes a row with malloc's. Up to two
/// amounts of at most 57 bits of digits (`Amount.packed`) sit inline (24 bytes in all); any other
/// row keeps its array, exactly as given. Which form a row takes depends only on its amounts, so
/// equal rows are held alike.
public struct RowAmounts: Sendable, Hashable {
    /// Inline slots, first then second: 0 for no slot, `emptySlot` for a nil amount, else a
    /// packed amount (bit 63 set). Unused when `boxed` holds the amounts.
    private var first: UInt64 = 0
    private var second: UInt64 = 0
    /// The amounts when they are not held inline.
    private var boxed: [Amount?]?

    private static let emptySlot: UInt64 = 1

    /// The amounts of `amounts`.
    public init(_ amounts: [Amount?]) {
        guard amounts.count <= 2, let first = Self.slot(amounts.first), let second = Self.slot(amounts.dropFirst().first)
        else {
            boxed = amounts
            return
        }
        self.first = first
        self.second = second
    }

    /// The inline slot of an amount (`nil` outside the row: no slot), nil when it cannot be inline.
    private static func slot(_ amount: Amount??) -> UInt64? {
        switch amount {
        case .none: 0
        case .some(.none): emptySlot
        case let .some(.some(amount)): amount.packed
        }
    }

    /// Number of amounts (of amount columns).
    public var count: Int {
        if let boxed { return boxed.count }
        return first == 0 ? 0 : second == 0 ? 1 : 2
    }

    /// True when the row has no amount column.
    public var isEmpty: Bool { count == 0 }

    /// The amount of column `index` (nil where empty or outside the row).
    public subscript(index: Int) -> Amount? {
        if let boxed { return boxed.indices.contains(index) ? boxed[index] : nil }
        let slot = index == 0 ? first : index == 1 ? second : 0
        return slot & 1 << 63 != 0 ? Amount(packed: slot) : nil
    }

    /// The amounts as an array.
    public var amounts: [Amount?] {
        if let boxed { return boxed }
        return (0..<count).map { self[$0] }
    }

    /// True when some column has an amount.
    public var hasAmount: Bool {
        (0..<count).contains { self[$0] != nil }
    }

    public static func == (lhs: RowAmounts, rhs: RowAmounts) -> Bool {
        if lhs.boxed == nil, rhs.boxed == nil { return lhs.first == rhs.first && lhs.second == rhs.second }
        return lhs.amounts == rhs.amounts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(amounts)
    }
}
