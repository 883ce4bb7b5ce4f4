import AllotModel

/// A row placed in its table: what the region coder needs of its draft, its parent row and the
/// region it is about.
struct PlacedRow: Sendable {
    /// Printed order of the row (its draft's number).
    let number: Int
    /// Level, label and page, as its draft says.
    let level: RowLevel
    let name: String
    let page: Int
    /// Number of the subtotal, group or total it belongs to.
    let parent: Int?
    /// The region it is about, before codes are looked up.
    let region: String

    /// The draft's place, not a copy of the draft: a copy of every draft beside the drafts was a
    /// sixth of the heap while a large sheet is normalized.
    init(draft: RowDraft, parent: Int?, region: String) {
        number = draft.number
        level = draft.level
        name = draft.name
        page = draft.page
        self.parent = parent
        self.region = region
    }
}

/// The rows of a placement as the region coder reads them, each built from its draft when read
/// (not a copy of every row held beside the drafts).
struct PlacedRows: RandomAccessCollection, Sendable {
    private let placement: FiscalHierarchy.Placement
    private let province: String

    init(_ placement: FiscalHierarchy.Placement, province: String) {
        self.placement = placement
        self.province = province
    }

    var startIndex: Int { 0 }
    var endIndex: Int { placement.drafts.count }

    subscript(index: Int) -> PlacedRow {
        let draft = placement.drafts[index]
        return PlacedRow(draft: draft, parent: placement.parents[index],
                         region: RegionFiller.region(of: draft, groupRegion: placement.groupRegions[index],
                                                     province: province))
    }
}

/// A row's GB/T 2260 code, its parent's code and how it was found; `region` replaces the row's
/// region when the code was inferred (a bare 小计 named after its items' prefecture).
struct RegionCode: Hashable, Sendable {
    var code: String
    var parentCode: String
    var match: DivisionMatch
    var region: String?
}
