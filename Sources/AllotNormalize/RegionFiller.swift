/// The region a row is about before codes are looked up: the one its label names; for a bare
/// 小计, the region of the group heading above it, else none yet (the coder may infer it from its
/// items; a sum word is never taken for a place); for an unnamed total, the notice's province;
/// otherwise the label itself.
enum RegionFiller {
    static func region(of row: RowDraft, groupRegion: String?, province: String) -> String {
        if let named = row.namedRegion, !named.isEmpty { return named }
        if let groupRegion, !groupRegion.isEmpty { return groupRegion }
        switch row.level {
        case .total: return province
        case .subtotal: return ""
        case .item, .group: return row.name
        }
    }
}
