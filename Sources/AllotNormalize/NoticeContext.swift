import AllotModel
import Foundation

/// What the normalize stage knows of the notice around a table: the issuer, whose province is the
/// region of a total printed without one (合计) and the context of every name.
public struct NoticeContext: Sendable, Hashable {
    /// Issuing authority (山西省乡村振兴局), empty when unknown.
    public var issuer: String

    /// Creates a context.
    public init(issuer: String = "") {
        self.issuer = issuer
    }

    /// The province named at the start of the issuer: 山西省乡村振兴局 → 山西省;
    /// 新疆维吾尔自治区财政厅 → 新疆维吾尔自治区; empty when it names none.
    public var province: String {
        for municipality in ["北京市", "天津市", "上海市", "重庆市"] where issuer.hasPrefix(municipality) {
            return municipality
        }
        for suffix in ["自治区", "省"] {
            if let range = issuer.foundationRange(of: suffix) {
                let name = String(issuer[..<range.upperBound])
                if (3...10).contains(name.count) { return name }
            }
        }
        return ""
    }
}
