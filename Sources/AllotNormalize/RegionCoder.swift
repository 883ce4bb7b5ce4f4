import AllotModel

/// Gives every row of a table its GB/T 2260 code, resolving each name within its context: the
/// province from the total row or the issuer, a county within the prefecture of its subtotal.
/// Names that do not resolve, or resolve under another prefecture, become findings; no guesses.
struct RegionCoder: Sendable {
    /// The division lookup.
    let resolver: DivisionResolver

    /// Labels of rows that are not places (省本级, 省直): no code and no finding.
    static let nonRegions: Set<String> = [
        "省本级", "省直", "省直部门", "省级", "市本级", "市直", "本级", "区本级", "县本级", "其他", "待分配", "预留",
        "省直单位", "机动", "未分配",
    ]

    /// The first scalars of `nonRegions`.
    private static let nonRegionStarts = Array(Set(nonRegions.compactMap(\.unicodeScalars.first)))

    /// `nonRegions.contains(name)`. A plain name (`PlainSearch.isPlain`: equal to a word exactly when
    /// its scalars are) is first told by its first scalar: most names are places, starting with
    /// none of the words' first scalars, and are not hashed.
    static func isNonRegion(_ name: String) -> Bool {
        if PlainSearch.isPlain(name), let first = name.unicodeScalars.first, !nonRegionStarts.contains(first) {
            return false
        }
        return nonRegions.contains(name)
    }

    /// The code of each row (indexed like `rows`, nil when it has none) and the findings about
    /// names that could not be placed.
    func code(_ rows: PlacedRows, table: Int, province provinceHint: String) -> (codes: [Int: RegionCode], findings: [Finding]) {
        // By position, only the rows that have a code: a project list's rows have none, and a slot
        // for each was 64 bytes a row of a large sheet.
        var codes: [Int: RegionCode] = [:]
        var findings: [Finding] = []
        var itemFindings: [(index: Int, finding: Finding)] = []
        // One bit a row (a list of positions was 20 bytes a row of a large sheet's project names).
        var unknown = RowBits(count: rows.count)
        // Positions, not copies of the rows: a copy of every row was a third of the heap on a large sheet.
        // Rows numbered in order (every table the row reader drafts) are found by their number; a
        // map of numbers only for other orders (a map was 58 bytes a row of a large sheet).
        let sequential = rows.indices.allSatisfy { rows[$0].number == $0 + 1 }
        let byNumber = sequential ? [:]
            : Dictionary(rows.indices.map { (rows[$0].number, $0) }, uniquingKeysWith: { first, _ in first })
        func position(of number: Int) -> Int? {
            sequential ? (number > 0 && number <= rows.count ? number - 1 : nil) : byNumber[number]
        }
        let totalRegion = rows.first { $0.level == .total }?.region ?? ""
        let province = resolver.resolveProvince(totalRegion) ?? resolver.resolveProvince(provinceHint)
        let provinceCode = province?.code
        var prefectureCodes: [Int: String] = [:]
        // Subtotals first: their codes are the context of their items.
        for (index, row) in rows.enumerated() where row.level == .subtotal {
            guard !row.region.isEmpty, !Self.isNonRegion(row.region) else { continue }
            if let prefecture = resolver.resolvePrefecture(row.region, province: provinceCode) {
                codes[index] = RegionCode(prefecture, match: .exact)
                prefectureCodes[row.number] = prefecture.code
            } else if !Self.isOwnLevelUnit(row.region) {
                let scope = province.map { " of \($0.name)" } ?? ""
                findings.append(finding(row, table: table, .unknownRegion,
                                        [.subject: row.region, .reason: "is not a prefecture\(scope)",
                                         .reasonZH: "不是\(province?.name ?? "")的地级区划"]))
            }
        }
        for (index, row) in rows.enumerated() {
            switch row.level {
            case .total:
                codes[index] = province.map { RegionCode($0, match: .exact, parentCode: "") }
            case .subtotal:
                continue
            case .group:
                if let prefecture = resolver.resolvePrefecture(row.region, province: provinceCode) {
                    codes[index] = RegionCode(prefecture, match: .exact)
                    prefectureCodes[row.number] = prefecture.code
                }
            case .item:
                guard !Self.isNonRegion(row.name), !row.region.isEmpty else { continue }
                let listed = row.parent.flatMap(position(of:)).map { rows[$0] }
                let (code, problem) = codeItem(row, listedUnder: listed,
                                               prefectureCode: row.parent.flatMap { prefectureCodes[$0] },
                                               provinceCode: provinceCode, table: table)
                codes[index] = code
                switch problem {
                case let .some(.finding(finding)): itemFindings.append((index, finding))
                case .some(.unknown): unknown.insert(index)
                case nil: break
                }
            }
        }
        inferBareSubtotals(rows, &codes)
        // Names that are no division here become findings only on a regional table: a project
        // list's rows are not built into findings just to be dropped (a large sheet's heap).
        let regional = Self.isRegional(rows: rows, codes: codes)
        if regional {
            itemFindings += unknown.positions.map { index in
                (index, finding(rows[index], table: table, .unknownRegion,
                                [.subject: rows[index].name, .reason: "is not a known division in this context",
                                 .reasonZH: "在此上下文中不是已知的行政区划"]))
            }
            itemFindings.sort { $0.index < $1.index }
        }
        findings += itemFindings.map(\.finding)
        // A table whose labels are mostly not places (projects, departments, grades) is not a
        // regional allocation table: its unresolved names are expected, so they are not reported
        // one by one. Misplaced names are kept: they resolved, just under another prefecture.
        return (codes, regional ? findings : findings.filter { $0.check != .unknownRegion })
    }

    /// A problem with an item's name: a finding, or a name that is no known division here (its
    /// finding built only when the table turns out to be regional).
    private enum ItemProblem {
        case finding(Finding)
        case unknown
    }

    private func codeItem(_ row: PlacedRow, listedUnder listed: PlacedRow?, prefectureCode: String?,
                          provinceCode: String?, table: Int) -> (RegionCode?, ItemProblem?) {
        // 砚山县（含高新区）: a note after the name says what the row covers; the row is about 砚山县.
        let region = Self.withoutTrailingNote(row.region)
        let named = region == row.region ? nil : region
        if prefectureCode == nil, let prefecture = resolver.resolvePrefecture(region, province: provinceCode),
           region.hasSuffix("市") || region.hasSuffix("州") || region.hasSuffix("盟") {
            return (RegionCode(prefecture, match: .exact, region: named), nil)
        }
        switch resolver.resolveCounty(region, prefectureCode: prefectureCode, provinceCode: provinceCode) {
        case let .resolved(division, via):
            return (RegionCode(division, match: via, region: named), nil)
        case let .misplaced(division, via, actualParent):
            let problem = finding(row, table: table, .misplacedRegion,
                                  [.code: division.code, .actual: actualParent.name,
                                   .listed: listed?.name ?? "its subtotal"])
            return (RegionCode(division, match: via), .finding(problem))
        case let .ambiguous(candidates):
            return (nil, .finding(finding(row, table: table, .unknownRegion,
                                          [.subject: row.name,
                                           .reason: "is ambiguous here: \(candidates.joined(separator: ", "))",
                                           .reasonZH: "在此有歧义：\(candidates.joined(separator: "、"))"])))
        case .unknown:
            return (nil, Self.isOwnLevelUnit(region) ? nil : .unknown)
        }
    }

    /// The name without a parenthesized note at its end (砚山县(含高新区) → 砚山县); the name itself
    /// when it has none or is nothing but the note. Division names hold no parentheses.
    static func withoutTrailingNote(_ name: String) -> String {
        guard PlainSearch.hasSuffix(name, ")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return name }
        return String(name[..<open])
    }

    /// A name that no division resolves and that names an own-level unit rather than a place: the
    /// budget of a government's own level (雅安市本级, like 市本级), or a body of the province
    /// (省农业农村厅, 自治区水利厅: no county-level name starts with 省 or 自治区).
    static func isOwnLevelUnit(_ name: String) -> Bool {
        name.hasSuffix("本级") || name.hasPrefix("省") || name.hasPrefix("自治区")
    }

    /// False for a table whose item labels are mostly not places (fewer than half resolved; own-level
    /// units such as 省农业农村厅 counted as neither).
    static func isRegional(rows: PlacedRows, codes: [Int: RegionCode]) -> Bool {
        var candidates = 0
        var resolved = 0
        // Each row read once (a row is built from its draft when read).
        for (index, row) in rows.enumerated() where row.level == .item && !row.region.isEmpty
            && !isNonRegion(row.name)
            && (codes[index] != nil || !isOwnLevelUnit(withoutTrailingNote(row.region))) {
            candidates += 1
            if codes[index] != nil { resolved += 1 }
        }
        return candidates == 0 || resolved * 2 >= candidates
    }

    /// A 小计 without a code takes the prefecture shared by all of its coded items.
    private func inferBareSubtotals(_ rows: PlacedRows, _ codes: inout [Int: RegionCode]) {
        var itemParents: [Int: Set<String>] = [:]
        for (index, row) in rows.enumerated() {
            guard let parent = row.parent, let parentCode = codes[index]?.parentCode, !parentCode.isEmpty else { continue }
            itemParents[parent, default: []].insert(parentCode)
        }
        for (index, row) in rows.enumerated() where row.level == .subtotal && codes[index] == nil {
            guard let parents = itemParents[row.number], parents.count == 1, let code = parents.first,
                  let prefecture = resolver.catalog.division(code: code)
            else { continue }
            codes[index] = RegionCode(prefecture, match: .inferred, region: prefecture.name)
        }
    }

    private func finding(_ row: PlacedRow, table: Int, _ check: Check, _ slots: [MessageSlot: String]) -> Finding {
        Finding(check, table: table, row: row.number, page: row.page, name: row.name, slots)
    }
}

/// A set of row positions, one bit a row.
struct RowBits: Sendable {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (max(count, 0) + 63) / 64)
    }

    mutating func insert(_ position: Int) {
        guard position >= 0, position / 64 < words.count else { return }
        words[position / 64] |= 1 << UInt64(position % 64)
    }

    /// The positions in the set, in order.
    var positions: [Int] {
        var result: [Int] = []
        for (word, bits) in words.enumerated() where bits != 0 {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 { result.append(word * 64 + bit) }
        }
        return result
    }
}

extension RegionCode {
    /// The code of `division`, under its parent unless another parent code is given.
    init(_ division: Division, match: DivisionMatch, parentCode: String? = nil, region: String? = nil) {
        self.init(code: division.code, parentCode: parentCode ?? division.parentCode ?? "", match: match,
                  region: region)
    }
}
