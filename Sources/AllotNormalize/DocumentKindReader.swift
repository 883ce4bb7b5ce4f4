import AllotModel
import AllotText

/// Tells an allocation notice from a budget or final-account disclosure: disclosures title their
/// tables 收支总表 / 预算表 / 决算表 and read as classification or two-sided tables; notices carry
/// allocation tables (分配表) or a doc number and 通知 title.
public enum DocumentKindReader {
    /// The kind of a document from its title, doc number, and its tables' titles and kinds.
    public static func kind(title: String, docNumber: String, tableTitles: [String], tableKinds: [TableKind]) -> DocumentKind {
        let texts = [title] + tableTitles
        let fiscalTables = tableKinds.filter { $0.hasSides || $0 == .classification }.count
        // Foundation's `contains`, by bytes where the texts are plain.
        let finalWords = texts.filter { $0.foundationContains("决算") }.count
        let budgetWords = texts.filter {
            $0.foundationContains("预算表") || $0.foundationContains("预算总表") || $0.foundationContains("部门预算")
        }.count
        if finalWords > 0, finalWords >= budgetWords, fiscalTables > 0 || title.foundationContains("决算") {
            return .finalAccountDisclosure
        }
        if budgetWords > 0, fiscalTables > 0 || title.foundationContains("预算") { return .budgetDisclosure }
        if tableKinds.contains(.allocation) || (!docNumber.isEmpty && title.foundationContains("通知")) || texts.contains(where: {
            $0.foundationContains("分配")
        }) {
            return .allocationNotice
        }
        return .other
    }
}
