import AllotModel

/// A row placed in its table: the draft, its parent row and the region it is about.
struct PlacedRow: Sendable {
    /// What the row says by itself.
    let draft: RowDraft
    /// Number of the subtotal, group or total it belongs to.
    let parent: Int?
    /// The region it is about, before codes are looked up.
    let region: String

    var number: Int { draft.number }
    var level: RowLevel { draft.level }
    var name: String { draft.name }
}

/// A row's GB/T 2260 code, its parent's code and how it was found; `region` replaces the row's
/// region when the code was inferred (a bare 小计 named after its items' prefecture).
struct RegionCode: Hashable, Sendable {
    var code: String
    var parentCode: String
    var match: DivisionMatch
    var region: String?
}
