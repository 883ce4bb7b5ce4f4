import AllotReferenceData
import AllotText

/// Every province, prefecture and county of the bundled GB/T 2260 data, plus former names.
public struct DivisionCatalog: Sendable {
    /// Provinces, autonomous regions and municipalities, in code order.
    public let provinces: [Division]
    /// Prefecture-level units in code order, including grouping placeholders (市辖区).
    public let prefectures: [Division]
    /// County-level units in code order.
    public let counties: [Division]
    /// Former county names.
    public private(set) var aliases: [DivisionAlias] = []
    /// Each level's codes as integers, in the same order: `division(code:)` searches these (one
    /// integer comparison a step, where comparing code Strings cost about 100 instructions).
    private let provinceCodes: [Int]
    private let prefectureCodes: [Int]
    private let countyCodes: [Int]

    /// Data files the catalog is generated from (and the names errors use for them).
    static let files = (provinces: "provinces.csv", prefectures: "cities.csv",
                        counties: "areas.csv", aliases: "aliases.csv")

    private static let cached = Result { () throws(NormalizeError) -> DivisionCatalog in
        try DivisionCatalog(embedded: ())
    }

    /// The catalog compiled into allot, built and checked once at first use. A failure means the
    /// binary's reference data are damaged: callers must stop, not go on without codes.
    public static func bundled() throws(NormalizeError) -> DivisionCatalog {
        try cached.get()
    }

    /// Builds the catalog from the arrays generated into `ReferenceTables`: names are already in
    /// normal form, codes full and sorted, so nothing is parsed, normalized, hashed or sorted;
    /// codes, order, duplicates and parents are checked in one pass over each level, on the codes'
    /// bytes (the literals become Strings only once checked).
    init(embedded: Void) throws(NormalizeError) {
        let files = Self.files
        let provinces = try Self.level(ReferenceTables.provinces, .province, under: nil, file: files.provinces) {
            ($0.code, nil, $0.name)
        }
        let prefectures = try Self.level(ReferenceTables.prefectures, .prefecture, under: provinces,
                                         file: files.prefectures) { ($0.code, $0.province, $0.name) }
        let counties = try Self.level(ReferenceTables.counties, .county, under: prefectures,
                                      file: files.counties) { ($0.code, $0.prefecture, $0.name) }
        self.provinces = provinces.divisions
        self.prefectures = prefectures.divisions
        self.counties = counties.divisions
        provinceCodes = provinces.codes
        prefectureCodes = prefectures.codes
        countyCodes = counties.codes
        var aliases: [DivisionAlias] = []
        aliases.reserveCapacity(ReferenceTables.aliases.count)
        for (index, record) in ReferenceTables.aliases.enumerated() {
            let alias = DivisionAlias(oldName: record.oldName.description, code: record.code.description,
                                      provinceCode: record.province.description, note: record.note.description)
            try Self.checkAlias(alias, in: self, file: files.aliases, line: index + 1)
            aliases.append(alias)
        }
        self.aliases = aliases
    }

    /// One level of the compiled catalog and its codes' values, in the records' order.
    struct Level {
        var divisions: [Division] = []
        var codes: [Int] = []
    }

    /// The divisions of one generated table, checked: each code six ASCII digits, strictly
    /// increasing (no code twice), each name non-empty, each parent a code of `parents` (a merge
    /// walk: both are sorted, so the pass is linear). Errors name the entry (1-based). A parent's
    /// code String is the parent division's own.
    static func level<Record>(_ records: [Record], _ level: DivisionLevel, under parents: Level?, file: String,
                              _ fields: (Record) -> (code: StaticString, parent: StaticString?, name: StaticString))
        throws(NormalizeError) -> Level {
        var result = Level()
        result.divisions.reserveCapacity(records.count)
        result.codes.reserveCapacity(records.count)
        var cursor = 0
        for (index, record) in records.enumerated() {
            let line = index + 1
            let (code, parent, name) = fields(record)
            guard let value = codeValue(code), name.utf8CodeUnitCount > 0 else {
                throw .malformedData(file: file, line: line, reason: "bad code \"\(code)\" or empty name")
            }
            if let previous = result.codes.last, previous >= value {
                throw .malformedData(file: file, line: line, reason: "code \(code) is out of order or twice")
            }
            var parentCode: String?
            if let parents {
                guard let parent else { throw .malformedData(file: file, line: line, reason: "\(code) has no parent") }
                let parentValue = codeValue(parent) ?? -1
                while cursor < parents.codes.count, parents.codes[cursor] < parentValue { cursor += 1 }
                guard cursor < parents.codes.count, parents.codes[cursor] == parentValue,
                      cursor < parents.divisions.count else {
                    throw .malformedData(file: file, line: line, reason: "parent \(parent) of \(code) is unknown")
                }
                parentCode = parents.divisions[cursor].code
            }
            result.codes.append(value)
            result.divisions.append(Division(code: code.description, name: name.description, level: level,
                                             parentCode: parentCode))
        }
        return result
    }

    /// The value of a code of exactly six ASCII digits; nil for anything else.
    private static func codeValue(_ code: StaticString) -> Int? {
        code.withUTF8Buffer { bytes in digits(bytes).flatMap { $0.count == 6 ? $0.value : nil } }
    }

    /// Checks that an alias names a county of its own province.
    private static func checkAlias(_ alias: DivisionAlias, in catalog: DivisionCatalog, file: String,
                                   line: Int) throws(NormalizeError) {
        guard catalog.division(code: alias.code)?.level == .county else {
            throw .malformedData(file: file, line: line, reason: "\(alias.code) is not a county in \(files.counties)")
        }
        guard alias.provinceCode == String(alias.code.prefix(2)) + "0000" else {
            throw .malformedData(file: file, line: line,
                                 reason: "province \(alias.provinceCode) does not contain \(alias.code)")
        }
        guard !alias.oldName.isEmpty else { throw .malformedData(file: file, line: line, reason: "empty name") }
    }

    /// Builds a catalog from CSV texts shaped like the data files; throws on the first bad line.
    public init(provincesCSV: String, prefecturesCSV: String, countiesCSV: String,
                aliasesCSV: String) throws(NormalizeError) {
        let files = Self.files
        var builder = Builder()
        for record in try Self.rows(provincesCSV, file: files.provinces, header: ["code", "name"]) {
            let code = try Self.code(record, 0, digits: 2, file: files.provinces)
            try builder.add(Division(code: code + "0000", name: try Self.name(record, 1, file: files.provinces),
                                     level: .province, parentCode: nil),
                            file: files.provinces, line: record.line)
        }
        let prefectureHeader = ["code", "name", "provinceCode"]
        for record in try Self.rows(prefecturesCSV, file: files.prefectures, header: prefectureHeader) {
            let code = try Self.code(record, 0, digits: 4, file: files.prefectures)
            let province = try Self.code(record, 2, digits: 2, file: files.prefectures)
            try Self.check(code.hasPrefix(province), record, file: files.prefectures,
                           "code \(code) is not inside province \(province)")
            try builder.add(Division(code: code + "00", name: try Self.name(record, 1, file: files.prefectures),
                                     level: .prefecture, parentCode: province + "0000"),
                            file: files.prefectures, line: record.line)
        }
        let countyHeader = ["code", "name", "cityCode", "provinceCode"]
        for record in try Self.rows(countiesCSV, file: files.counties, header: countyHeader) {
            let code = try Self.code(record, 0, digits: 6, file: files.counties)
            let prefecture = try Self.code(record, 2, digits: 4, file: files.counties)
            let province = try Self.code(record, 3, digits: 2, file: files.counties)
            try Self.check(code.hasPrefix(prefecture) && prefecture.hasPrefix(province), record,
                           file: files.counties, "code \(code) is not inside \(prefecture) and \(province)")
            try builder.add(Division(code: code, name: try Self.name(record, 1, file: files.counties),
                                     level: .county, parentCode: prefecture + "00"),
                            file: files.counties, line: record.line)
        }
        let aliasHeader = ["old_name", "code", "province_code", "note"]
        for record in try Self.rows(aliasesCSV, file: files.aliases, header: aliasHeader) {
            let code = try Self.code(record, 1, digits: 6, file: files.aliases)
            let province = try Self.code(record, 2, digits: 6, file: files.aliases)
            builder.addAlias(DivisionAlias(oldName: try Self.name(record, 0, file: files.aliases), code: code,
                                           provinceCode: province, note: record.fields.last ?? ""),
                             line: record.line)
        }
        self.init(builder)
        for (alias, line) in builder.aliases {
            try Self.checkAlias(alias, in: self, file: files.aliases, line: line)
        }
        aliases = builder.aliases.map(\.0)
    }

    private init(_ builder: Builder) {
        provinces = builder.provinces.sorted { $0.code < $1.code }
        prefectures = builder.prefectures.sorted { $0.code < $1.code }
        counties = builder.counties.sorted { $0.code < $1.code }
        // Checked six-digit codes: their values sort as the Strings do.
        provinceCodes = provinces.map { Self.codeValue($0.code) ?? -1 }
        prefectureCodes = prefectures.map { Self.codeValue($0.code) ?? -1 }
        countyCodes = counties.map { Self.codeValue($0.code) ?? -1 }
    }

    /// Collects divisions and aliases, checking each against what came before.
    private struct Builder {
        var provinces: [Division] = []
        var prefectures: [Division] = []
        var counties: [Division] = []
        /// Checked against the finished catalog, with the line each came from.
        var aliases: [(DivisionAlias, Int)] = []
        var byCode: [String: Division] = [:]

        mutating func add(_ division: Division, file: String, line: Int) throws(NormalizeError) {
            if let parent = division.parentCode, byCode[parent] == nil {
                throw .malformedData(file: file, line: line, reason: "parent \(parent) of \(division.code) is unknown")
            }
            // A prefecture-level city without counties (东莞市) lists itself as a county under the
            // same code; the code then names the prefecture (the county entry is still listed).
            if division.parentCode != division.code {
                guard byCode.updateValue(division, forKey: division.code) == nil else {
                    throw .malformedData(file: file, line: line, reason: "code \(division.code) appears twice")
                }
            }
            switch division.level {
            case .province: provinces.append(division)
            case .prefecture: prefectures.append(division)
            case .county: counties.append(division)
            }
        }

        mutating func addAlias(_ alias: DivisionAlias, line: Int) {
            aliases.append((alias, line))
        }
    }

    /// The division with a code written as 2, 4 or 6 digits (14, 1403, 140322); nil when unknown.
    /// Where a prefecture lists itself as its only county (441900 东莞市), this is the prefecture.
    public func division(code: String) -> Division? {
        guard let full = Self.fullCodeValue(code) else { return nil }
        if full % 10_000 == 0 { return Self.search(provinces, provinceCodes, full) }
        // A prefecture-level city without counties (441900 东莞市) is also listed as its own county:
        // the code names the prefecture.
        if full % 100 == 0, let prefecture = Self.search(prefectures, prefectureCodes, full) { return prefecture }
        return Self.search(counties, countyCodes, full)
    }

    /// Binary search of a level sorted by code, by the codes' values (`codes[i]` is the value of
    /// `divisions[i].code`).
    private static func search(_ divisions: [Division], _ codes: [Int], _ code: Int) -> Division? {
        var low = 0
        var high = min(codes.count, divisions.count)
        while low < high {
            let middle = low + (high - low) / 2
            if codes[middle] < code { low = middle + 1 } else { high = middle }
        }
        return low < codes.count && low < divisions.count && codes[low] == code ? divisions[low] : nil
    }

    /// The official full name of the division with `code`: its province's and prefecture's names
    /// first (山西省阳泉市盂县, 北京市东城区: placeholders such as 市辖区 are left out); nil for an
    /// unknown code.
    public func fullName(code: String) -> String? {
        guard var current = division(code: code) else { return nil }
        var name = current.name
        // Three tiers at most: a county, its prefecture, its province; each parent's name goes in
        // front (concatenated, not joined from an array: this runs once a row).
        for _ in 0..<2 {
            guard let parentCode = current.parentCode, parentCode != current.code,
                  let parent = division(code: parentCode) else { break }
            if !isPlaceholder(parent) { name = parent.name + name }
            current = parent
        }
        return name
    }

    /// `fullName(code:)`, the part its parents give (`namesAbove`) found once a parent and kept in
    /// `above` by the parent's code: a table's rows share a few prefectures, and each row's name
    /// was built from three look-ups and two concatenations.
    public func fullName(code: String, above: inout [String: String]) -> String? {
        guard let division = division(code: code) else { return nil }
        guard let parentCode = division.parentCode, parentCode != division.code else { return division.name }
        if let known = above[parentCode] { return known + division.name }
        let names = namesAbove(parentCode)
        above[parentCode] = names
        return names + division.name
    }

    /// What `fullName(code:)` puts before the name of a division whose parent has `parentCode`
    /// (and is not the division itself): the parent's name and its parent's, placeholders left out.
    private func namesAbove(_ parentCode: String) -> String {
        guard let parent = division(code: parentCode) else { return "" }
        let own = isPlaceholder(parent) ? "" : parent.name
        guard let upCode = parent.parentCode, upCode != parent.code, let up = division(code: upCode) else { return own }
        return (isPlaceholder(up) ? "" : up.name) + own
    }

    /// True for prefecture entries that group counties without being a named place
    /// (市辖区 and 县 of the municipalities, 省直辖县级行政区划).
    public func isPlaceholder(_ division: Division) -> Bool {
        division.level == .prefecture
            && (division.name == "市辖区" || division.name == "县" || Self.endsInDirectlyAdministered(division.name))
    }

    /// `name.hasSuffix("直辖县级行政区划")`, asked only of names of 24 UTF-8 bytes or more: the suffix's
    /// eight ideographs, and any text canonically equivalent to them, are three bytes each.
    static func endsInDirectlyAdministered(_ name: String) -> Bool {
        name.utf8.count >= 24 && name.hasSuffix("直辖县级行政区划")
    }

    /// A 2-, 4- or 6-digit code padded to 6 digits, as an integer (140300 for "1403", 140000 for
    /// "14"); nil for anything else.
    static func fullCodeValue(_ code: String) -> Int? {
        switch digits(code.utf8) {
        case let (value, 2)?: value * 10_000
        case let (value, 4)?: value * 100
        case let (value, 6)?: value
        default: nil
        }
    }

    /// The value of a code of exactly six ASCII digits; nil for anything else.
    static func codeValue(_ code: String) -> Int? {
        digits(code.utf8).flatMap { $0.count == 6 ? $0.value : nil }
    }

    /// The value and count of `bytes` when they are one to six ASCII digits; nil otherwise.
    private static func digits<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> (value: Int, count: Int)? {
        var value = 0
        var count = 0
        for byte in bytes {
            guard (0x30...0x39).contains(byte), count < 6 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            count += 1
        }
        return count > 0 ? (value, count) : nil
    }

    private static func rows(_ text: String, file: String, header: [String]) throws(NormalizeError) -> [CSVReader.Record] {
        let records = try CSVReader.records(text, file: file)
        guard let first = records.first, first.fields == header else {
            throw .malformedData(file: file, line: 1, reason: "expected header \(header.joined(separator: ","))")
        }
        for record in records.dropFirst() where record.fields.count != header.count {
            throw .malformedData(file: file, line: record.line,
                                 reason: "expected \(header.count) fields, found \(record.fields.count)")
        }
        return Array(records.dropFirst())
    }

    private static func code(_ record: CSVReader.Record, _ column: Int, digits: Int,
                             file: String) throws(NormalizeError) -> String {
        let value = record.fields.indices.contains(column) ? record.fields[column] : ""
        guard value.count == digits, value.allSatisfy(\.isASCIIDigit) else {
            throw .malformedData(file: file, line: record.line, reason: "expected a \(digits)-digit code, found \"\(value)\"")
        }
        return value
    }

    private static func name(_ record: CSVReader.Record, _ column: Int, file: String) throws(NormalizeError) -> String {
        let value = record.fields.indices.contains(column) ? NameNormalizer.normalize(record.fields[column]) : ""
        guard !value.isEmpty else { throw .malformedData(file: file, line: record.line, reason: "empty name") }
        return value
    }

    private static func check(_ condition: Bool, _ record: CSVReader.Record, file: String,
                              _ reason: @autoclosure () -> String) throws(NormalizeError) {
        guard condition else { throw .malformedData(file: file, line: record.line, reason: reason()) }
    }
}

extension Character {
    /// True for 0–9 only (not full-width or other scripts' digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
