import AllotModel

/// Gives every row of a table its GB/T 2260 code, resolving each name within its context: the
/// province from the total row or the issuer, a county within the prefecture of its subtotal.
/// Names that do not resolve, or resolve under another prefecture, become findings; no guesses.
public struct RegionCoder: Sendable {
    /// The division lookup.
    public let resolver: DivisionResolver

    /// Labels of rows that are not places (省本级, 省直): no code and no finding.
    public static let nonRegions: Set<String> = [
        "省本级", "省直", "省直部门", "省级", "市本级", "市直", "本级", "区本级", "县本级", "其他", "待分配", "预留",
        "省直单位", "机动", "未分配",
    ]

    /// Creates a coder.
    public init(resolver: DivisionResolver) {
        self.resolver = resolver
    }

    /// Fills `divisionCode`, `parentCode`, `divisionMatch` (and a bare 小计's region) in place;
    /// returns the findings about names that could not be placed.
    public func code(_ table: inout AllocationTable, province provinceHint: String) -> [Finding] {
        var findings: [Finding] = []
        let totalRegion = table.rows.first { $0.level == .total }?.region ?? ""
        let province = resolver.resolveProvince(totalRegion) ?? resolver.resolveProvince(provinceHint)
        let provinceCode = province?.code
        var codes: [Int: String] = [:]
        // Subtotals first: their codes are the context of their items.
        for index in table.rows.indices where table.rows[index].level == .subtotal {
            let row = table.rows[index]
            guard !row.region.isEmpty, !Self.nonRegions.contains(row.region) else { continue }
            if let prefecture = resolver.resolvePrefecture(row.region, province: provinceCode) {
                set(&table.rows[index], code: prefecture.code, parent: prefecture.parentCode ?? "", match: "exact")
                codes[row.number] = prefecture.code
            } else {
                findings.append(finding(table, row, "unknown_region",
                                        "\(row.region) is not a prefecture\(province.map { " of \($0.name)" } ?? "")"))
            }
        }
        for index in table.rows.indices {
            let row = table.rows[index]
            switch row.level {
            case .total:
                if let province {
                    set(&table.rows[index], code: province.code, parent: "", match: "exact")
                }
            case .subtotal:
                continue
            case .group:
                if let prefecture = resolver.resolvePrefecture(row.region, province: provinceCode) {
                    set(&table.rows[index], code: prefecture.code, parent: prefecture.parentCode ?? "", match: "exact")
                    codes[row.number] = prefecture.code
                }
            case .item:
                guard !Self.nonRegions.contains(row.name), !row.region.isEmpty else { continue }
                let prefectureCode = row.parent.flatMap { codes[$0] }
                if let finding = codeItem(&table.rows[index], table: table, prefectureCode: prefectureCode,
                                          provinceCode: provinceCode) {
                    findings.append(finding)
                }
            }
        }
        inferBareSubtotals(&table)
        return Self.withoutNoiseOnNonRegionalTables(findings, table: table)
    }

    private func codeItem(_ row: inout AllocationRow, table: AllocationTable, prefectureCode: String?,
                          provinceCode: String?) -> Finding? {
        if prefectureCode == nil, let prefecture = resolver.resolvePrefecture(row.region, province: provinceCode),
           row.region.hasSuffix("市") || row.region.hasSuffix("州") || row.region.hasSuffix("盟") {
            set(&row, code: prefecture.code, parent: prefecture.parentCode ?? "", match: "exact")
            return nil
        }
        switch resolver.resolveCounty(row.region, prefectureCode: prefectureCode, provinceCode: provinceCode) {
        case let .resolved(division, via):
            set(&row, code: division.code, parent: division.parentCode ?? "", match: Self.describe(via))
            return nil
        case let .misplaced(division, via, actualParent):
            set(&row, code: division.code, parent: division.parentCode ?? "", match: Self.describe(via))
            let listed = table.rows.first { $0.number == row.parent }?.name ?? "its subtotal"
            return finding(table, row, "misplaced_region",
                           "\(row.name) (\(division.code)) belongs to \(actualParent.name), not \(listed)")
        case let .ambiguous(candidates):
            return finding(table, row, "unknown_region",
                           "\(row.name) is ambiguous here: \(candidates.joined(separator: ", "))")
        case .unknown:
            return finding(table, row, "unknown_region", "\(row.name) is not a known division in this context")
        }
    }

    /// A table whose labels are mostly not places (projects, departments, grades) is not a regional
    /// allocation table: its unresolved names are expected, so they are not reported one by one.
    /// Misplaced names are kept: they resolved, just under another prefecture.
    static func withoutNoiseOnNonRegionalTables(_ findings: [Finding], table: AllocationTable) -> [Finding] {
        let candidates = table.rows.filter { $0.level == .item && !$0.region.isEmpty && !nonRegions.contains($0.name) }
        let resolved = candidates.filter { !$0.divisionCode.isEmpty }.count
        guard !candidates.isEmpty, resolved * 2 < candidates.count else { return findings }
        return findings.filter { $0.check != "unknown_region" }
    }

    /// A 小计 without a name takes the prefecture shared by all of its items.
    private func inferBareSubtotals(_ table: inout AllocationTable) {
        for index in table.rows.indices where table.rows[index].level == .subtotal && table.rows[index].divisionCode.isEmpty {
            let number = table.rows[index].number
            let parents = Set(table.rows.filter { $0.parent == number && !$0.parentCode.isEmpty }.map(\.parentCode))
            guard parents.count == 1, let code = parents.first, let prefecture = resolver.catalog.division(code: code)
            else { continue }
            table.rows[index].region = prefecture.name
            set(&table.rows[index], code: prefecture.code, parent: prefecture.parentCode ?? "", match: "inferred")
        }
    }

    private func set(_ row: inout AllocationRow, code: String, parent: String, match: String) {
        row.divisionCode = code
        row.parentCode = parent
        row.divisionMatch = match
    }

    static func describe(_ match: DivisionMatch) -> String {
        switch match {
        case .exact: "exact"
        case .suffixOmitted: "suffix_omitted"
        case .suffixChanged: "suffix_changed"
        case let .alias(alias): "alias:\(alias.oldName)"
        }
    }

    private func finding(_ table: AllocationTable, _ row: AllocationRow, _ check: String, _ message: String) -> Finding {
        Finding(table: table.index, row: row.number, page: row.page, name: row.name, column: "", check: check,
                message: message)
    }
}
