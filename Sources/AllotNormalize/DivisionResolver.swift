import AllotModel
import AllotText

/// Finds GB/T 2260 divisions for names printed in notices, within the context of the table row.
public struct DivisionResolver: Sendable {
    /// The reference data.
    public let catalog: DivisionCatalog

    /// Suffixes a county-level name may drop or change (longest first).
    static let countySuffixes = ["自治县", "自治旗", "新区", "林区", "特区", "县", "区", "市", "旗"]
    /// Suffixes a prefecture-level name may drop (longest first).
    static let prefectureSuffixes = ["自治州", "地区", "盟", "市", "州"]
    /// Suffixes a province-level name may drop, then the peoples named before 自治区.
    static let provinceSuffixes = ["特别行政区", "自治区", "省", "市"]
    static let provincePeoples = ["维吾尔", "壮族", "回族"]

    private let countiesByName: NameIndex<Division>
    private let countiesByStem: LazyNameIndex
    private let aliasesByName: NameIndex<DivisionAlias>
    /// Named prefectures (no 市辖区 placeholders) by name and by stem, in code order, and the
    /// autonomous prefectures (自治州) a printed stem may begin.
    private let prefecturesByName: NameIndex<Division>
    private let prefecturesByStem: LazyNameIndex
    private let autonomousPrefectures: [Division]

    private static let cached = Result { () throws(NormalizeError) -> DivisionResolver in
        DivisionResolver(catalog: try DivisionCatalog.bundled())
    }

    /// A resolver over the bundled catalog, built once.
    public static func bundled() throws(NormalizeError) -> DivisionResolver {
        try cached.get()
    }

    /// Creates a resolver over a catalog.
    public init(catalog: DivisionCatalog) {
        self.catalog = catalog
        countiesByName = NameIndex(catalog.counties, name: \.name)
        let counties = catalog.counties
        countiesByStem = LazyNameIndex { NameIndex(counties) { Self.stem($0.name, Self.countySuffixes).stem } }
        aliasesByName = NameIndex(catalog.aliases, name: \.oldName)
        let named = catalog.prefectures.filter { !catalog.isPlaceholder($0) }
        prefecturesByName = NameIndex(named, name: \.name)
        prefecturesByStem = LazyNameIndex { NameIndex(named) { Self.stem($0.name, Self.prefectureSuffixes).stem } }
        // By bytes: the names are NFKC and 自治州 is ideographs, so a byte suffix is a character
        // suffix (`hasSuffix` compared characters, 1,400 instructions a name at every start).
        autonomousPrefectures = named.filter { $0.name.utf8.reversed().starts(with: "自治州".utf8.reversed()) }
    }

    /// The province named, with or without its suffix (山西省, 山西, 广西).
    public func resolveProvince(_ name: String) -> Division? {
        let key = NameNormalizer.normalize(name)
        guard !key.isEmpty else { return nil }
        if let exact = catalog.provinces.first(where: { $0.name == key }) { return exact }
        let stem = Self.provinceStem(key)
        let matches = catalog.provinces.filter { Self.provinceStem($0.name) == stem }
        return matches.count == 1 ? matches.first : nil
    }

    /// The prefecture named (太原市, 太原, 临夏州), inside `province` when given: a name
    /// (山西省, 山西) or a code (14, 140000). Nil when unknown, ambiguous, a municipality's
    /// placeholder (市辖区) or outside the given province.
    public func resolvePrefecture(_ name: String, province: String?) -> Division? {
        let key = NameNormalizer.normalize(name)
        var parentCode: String?
        if let province {
            guard let found = provinceDivision(province) else { return nil }
            parentCode = found.code
        }
        func inProvince(_ division: Division) -> Bool { parentCode.map { division.parentCode == $0 } ?? true }
        guard !key.isEmpty else { return nil }
        let exact = prefecturesByName[key].filter(inProvince)
        if !exact.isEmpty { return exact.count == 1 ? exact.first : nil }
        let stem = Self.stem(key, Self.prefectureSuffixes).stem
        let byStem = prefecturesByStem[stem].filter(inProvince)
        if !byStem.isEmpty { return byStem.count == 1 ? byStem.first : nil }
        // 临夏 or 临夏州 for 临夏回族自治州: the printed stem begins the official name.
        guard stem.count >= 2 else { return nil }
        let byPrefix = autonomousPrefectures.filter { inProvince($0) && $0.name.hasPrefix(stem) }
        return byPrefix.count == 1 ? byPrefix.first : nil
    }

    /// The county-level division a row names, looked up under its prefecture, else its province,
    /// else the whole country. Codes may be written with 2, 4 or 6 digits.
    ///
    /// Under a prefecture, a name found only elsewhere in the same province is `.misplaced`.
    public func resolveCounty(_ name: String, prefectureCode: String?, provinceCode: String?) -> Resolution {
        let key = NameNormalizer.normalize(name)
        guard !key.isEmpty else { return .unknown }
        // Looked up with `if let`, not `flatMap(catalog.division(code:))`: the method reference
        // copied the catalog (a retain of each of its arrays) at every row.
        var prefecture: Division?
        if let prefectureCode, let found = catalog.division(code: prefectureCode), found.level == .prefecture {
            prefecture = found
        }
        var province = prefecture.flatMap { catalog.division(code: $0.provinceCode) }
        if province == nil, let provinceCode, let found = catalog.division(code: provinceCode), found.level == .province {
            province = found
        }

        let provincePrefix = province.map { Self.leading($0.code, 2) } ?? ""
        guard let prefecture else {
            return lookUp(key, inside: provincePrefix, outside: nil)?.map { .resolved($0, via: $1) } ?? .unknown
        }
        let prefecturePrefix = Self.leading(prefecture.code, 4)
        if let found = lookUp(key, inside: prefecturePrefix, outside: nil) {
            return found.map { .resolved($0, via: $1) }
        }
        guard let found = lookUp(key, inside: provincePrefix, outside: prefecturePrefix) else { return .unknown }
        return found.map { division, match in
            guard let parent = division.parentCode.flatMap(catalog.division(code:)) else {
                return .resolved(division, via: match)
            }
            return .misplaced(division, via: match, actualParent: parent)
        }
    }

    /// `String(code.prefix(count))`: a code of ASCII digits (every catalog code) cut by its bytes,
    /// without forming characters; any other text by its characters.
    static func leading(_ code: String, _ count: Int) -> String {
        var code = code
        let digits = code.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes.prefix(max(count, 0))), as: UTF8.self)
        }
        return digits ?? String(code.prefix(count))
    }

    /// Tries exact names, aliases, the bare stem, then a changed suffix, among codes starting with
    /// `inside` and not with `outside`; nil when nothing matches at any step.
    private func lookUp(_ key: String, inside: String, outside: String?) -> Lookup? {
        func scoped(_ divisions: [Division]) -> [Division] {
            divisions.filter { $0.code.hasPrefix(inside) && !(outside.map($0.code.hasPrefix) ?? false) }
        }
        let exact = scoped(countiesByName[key])
        if !exact.isEmpty { return Lookup(exact, via: { _ in .exact }) }

        let aliases = aliasesByName[key].filter { alias in
            alias.code.hasPrefix(inside) && !(outside.map(alias.code.hasPrefix) ?? false)
        }
        let aliased = aliases.compactMap { catalog.division(code: $0.code) }
        if !aliased.isEmpty {
            return Lookup(aliased) { division in
                aliases.first { $0.code == division.code }.map { .alias(formerName: $0.oldName) } ?? .exact
            }
        }

        let (stem, suffix) = Self.stem(key, Self.countySuffixes)
        let sameStem = scoped(countiesByStem[stem])
        guard !sameStem.isEmpty else { return nil }
        return Lookup(sameStem) { _ in suffix == nil ? .suffixOmitted : .suffixChanged }
    }

    /// A province given by name or code.
    private func provinceDivision(_ nameOrCode: String) -> Division? {
        if let byCode = catalog.division(code: nameOrCode), byCode.level == .province { return byCode }
        return resolveProvince(nameOrCode)
    }

    /// A name without the first of `suffixes` it ends with, and that suffix; the name itself
    /// when removing the suffix would leave nothing.
    static func stem(_ name: String, _ suffixes: [String]) -> (stem: String, suffix: String?) {
        if let stem = ideographicStem(name, suffixes) { return stem }
        guard let suffix = suffixes.first(where: { name.hasSuffix($0) && name.count > $0.count }) else {
            return (name, nil)
        }
        return (String(name.dropLast(suffix.count)), suffix)
    }

    /// `stem` for a name and suffixes made only of CJK unified ideographs (U+4E00–U+9FFF), nil for
    /// any other: such a scalar is a character of its own with no other canonical form, so comparing
    /// their UTF-8 bytes (three a scalar) gives what comparing characters gives, without the cost of
    /// Character comparison (the catalog's thousands of names are stemmed at every start).
    private static func ideographicStem(_ name: String, _ suffixes: [String]) -> (stem: String, suffix: String?)? {
        var name = name
        // The stem's length in bytes and the suffix matched; nil when a text is not ideographs only.
        let found = name.withUTF8 { bytes -> (length: Int, suffix: String?)? in
            guard isIdeographic(bytes) else { return nil }
            for suffix in suffixes {
                var tail = suffix
                let match = tail.withUTF8 { tail -> Bool? in
                    guard isIdeographic(tail) else { return nil }
                    return bytes.count > tail.count && bytes.suffix(tail.count).elementsEqual(tail)
                }
                guard let match else { return nil }
                if match { return (bytes.count - suffix.utf8.count, suffix) }
            }
            return (bytes.count, nil)
        }
        guard let found else { return nil }
        guard let suffix = found.suffix else { return (name, nil) }
        return (String(decoding: name.utf8.prefix(found.length), as: UTF8.self), suffix)
    }

    /// Whether `bytes` are UTF-8 of CJK unified ideographs only (U+4E00–U+9FFF: E4 B8 80 – E9 BF BF).
    private static func isIdeographic(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count % 3 == 0 else { return false }
        var index = 0
        while index < bytes.count {
            let lead = bytes[index], second = bytes[index + 1], third = bytes[index + 2]
            guard (0xE4...0xE9).contains(lead), (0x80...0xBF).contains(second), (0x80...0xBF).contains(third),
                  lead != 0xE4 || second >= 0xB8 else { return false }
            index += 3
        }
        return true
    }

    /// 山西省 → 山西, 广西壮族自治区 → 广西, 北京市 → 北京.
    static func provinceStem(_ name: String) -> String {
        let stem = stem(name, provinceSuffixes).stem
        return Self.stem(stem, provincePeoples).stem
    }
}

/// The divisions one lookup step found and how each was matched.
private struct Lookup {
    var divisions: [Division]
    var match: (Division) -> DivisionMatch

    init(_ divisions: [Division], via match: @escaping (Division) -> DivisionMatch) {
        var seen: Set<String> = []
        self.divisions = divisions.filter { seen.insert($0.code).inserted }
        self.match = match
    }

    /// One division: `transform` builds the resolution; several: ambiguous.
    func map(_ transform: (Division, DivisionMatch) -> Resolution) -> Resolution {
        guard divisions.count == 1, let only = divisions.first else {
            return .ambiguous(divisions.map(\.code).sorted())
        }
        return transform(only, match(only))
    }
}
