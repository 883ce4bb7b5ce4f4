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
        for municipality in ["北京市", "天津市", "上海市", "重庆市"] where issuer.hasPrefix(municipality) {
            return municipality
        }
        for suffix in ["自治区", "省"] {
            if let range = issuer.range(of: suffix) {
                let name = String(issuer[..<range.upperBound])
                if (3...10).contains(name.count) { return name }
            }
        }
        return ""
    }
}
