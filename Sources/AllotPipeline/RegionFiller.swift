import AllotModel
import AllotNormalize

/// Fills the regions that a row label does not name: the total's province (from the issuer)
/// and a bare 小计's prefecture (from the group header row above it, when there is one).
enum RegionFiller {
    static func fill(_ table: inout AllocationTable, issuer: String) {
        let province = provinceName(from: issuer)
        for index in table.rows.indices where table.rows[index].region.isEmpty {
            switch table.rows[index].level {
            case .total:
                table.rows[index].region = province
            case .subtotal, .item, .group:
                table.rows[index].region = table.rows[index].name
            }
        }
    }

    /// 山西省乡村振兴局 → 山西省; 新疆维吾尔自治区财政厅 → 新疆维吾尔自治区.
    static func provinceName(from issuer: String) -> String {
        if let match = issuer.prefixMatch(of: /.{2,8}?(?:省|自治区)/) { return String(match.0) }
        if let match = issuer.prefixMatch(of: /(北京|天津|上海|重庆)市/) { return String(match.0) }
        return ""
    }
}
