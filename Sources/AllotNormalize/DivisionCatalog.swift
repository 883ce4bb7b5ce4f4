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
    public let aliases: [DivisionAlias]

    private let byCode: [String: Division]

    /// Resource files the bundled catalog is read from.
    static let files = (provinces: "provinces.csv", prefectures: "cities.csv",
                        counties: "areas.csv", aliases: "aliases.csv")

    private static let cached = Result { () throws(NormalizeError) -> DivisionCatalog in
        try DivisionCatalog(
            provincesCSV: BundledResource.text(named: files.provinces),
            prefecturesCSV: BundledResource.text(named: files.prefectures),
            countiesCSV: BundledResource.text(named: files.counties),
            aliasesCSV: BundledResource.text(named: files.aliases))
    }

    /// The catalog shipped with allot, read and checked once at first use.
    public static func bundled() throws(NormalizeError) -> DivisionCatalog {
        try cached.get()
    }

    /// Builds a catalog from CSV texts shaped like the bundled files; throws on the first bad line.
    public init(provincesCSV: String, prefecturesCSV: String, countiesCSV: String,
                aliasesCSV: String) throws(NormalizeError) {
        let files = Self.files
        var byCode: [String: Division] = [:]

        func add(_ division: Division, file: String, line: Int) throws(NormalizeError) {
            if let parent = division.parentCode, byCode[parent] == nil {
                throw .malformedData(file: file, line: line, reason: "parent \(parent) of \(division.code) is unknown")
            }
            // A prefecture-level city without counties (东莞市) lists itself as a county under the
            // same code; the code then names the prefecture.
            if division.parentCode == division.code { return }
            guard byCode.updateValue(division, forKey: division.code) == nil else {
                throw .malformedData(file: file, line: line, reason: "code \(division.code) appears twice")
            }
        }

        var provinces: [Division] = []
        for record in try Self.rows(provincesCSV, file: files.provinces, header: ["code", "name"]) {
            let code = try Self.code(record, 0, digits: 2, file: files.provinces)
            let division = Division(code: code + "0000", name: try Self.name(record, 1, file: files.provinces),
                                    level: .province, parentCode: nil)
            try add(division, file: files.provinces, line: record.line)
            provinces.append(division)
        }

        var prefectures: [Division] = []
        let prefectureHeader = ["code", "name", "provinceCode"]
        for record in try Self.rows(prefecturesCSV, file: files.prefectures, header: prefectureHeader) {
            let code = try Self.code(record, 0, digits: 4, file: files.prefectures)
            let province = try Self.code(record, 2, digits: 2, file: files.prefectures)
            try Self.check(code.hasPrefix(province), record, file: files.prefectures,
                           "code \(code) is not inside province \(province)")
            let division = Division(code: code + "00", name: try Self.name(record, 1, file: files.prefectures),
                                    level: .prefecture, parentCode: province + "0000")
            try add(division, file: files.prefectures, line: record.line)
            prefectures.append(division)
        }

        var counties: [Division] = []
        let countyHeader = ["code", "name", "cityCode", "provinceCode"]
        for record in try Self.rows(countiesCSV, file: files.counties, header: countyHeader) {
            let code = try Self.code(record, 0, digits: 6, file: files.counties)
            let prefecture = try Self.code(record, 2, digits: 4, file: files.counties)
            let province = try Self.code(record, 3, digits: 2, file: files.counties)
            try Self.check(code.hasPrefix(prefecture) && prefecture.hasPrefix(province), record,
                           file: files.counties, "code \(code) is not inside \(prefecture) and \(province)")
            let division = Division(code: code, name: try Self.name(record, 1, file: files.counties),
                                    level: .county, parentCode: prefecture + "00")
            try add(division, file: files.counties, line: record.line)
            counties.append(division)
        }

        var aliases: [DivisionAlias] = []
        let aliasHeader = ["old_name", "code", "province_code", "note"]
        for record in try Self.rows(aliasesCSV, file: files.aliases, header: aliasHeader) {
            let code = try Self.code(record, 1, digits: 6, file: files.aliases)
            let province = try Self.code(record, 2, digits: 6, file: files.aliases)
            try Self.check(byCode[code]?.level == .county, record, file: files.aliases,
                           "\(code) is not a county in \(files.counties)")
            try Self.check(province == String(code.prefix(2)) + "0000", record, file: files.aliases,
                           "province \(province) does not contain \(code)")
            aliases.append(DivisionAlias(oldName: try Self.name(record, 0, file: files.aliases), code: code,
                                         provinceCode: province, note: record.fields.last ?? ""))
        }

        self.provinces = provinces.sorted { $0.code < $1.code }
        self.prefectures = prefectures.sorted { $0.code < $1.code }
        self.counties = counties.sorted { $0.code < $1.code }
        self.aliases = aliases
        self.byCode = byCode
    }

    /// The division with a code written as 2, 4 or 6 digits (14, 1403, 140322); nil when unknown.
    /// Where a prefecture lists itself as its only county (441900 东莞市), this is the prefecture.
    public func division(code: String) -> Division? {
        Self.fullCode(code).flatMap { byCode[$0] }
    }

    /// True for prefecture entries that group counties without being a named place
    /// (市辖区 and 县 of the municipalities, 省直辖县级行政区划).
    public func isPlaceholder(_ division: Division) -> Bool {
        division.level == .prefecture
            && (division.name == "市辖区" || division.name == "县" || division.name.hasSuffix("直辖县级行政区划"))
    }

    /// A 2-, 4- or 6-digit code padded to 6 digits; nil for anything else.
    static func fullCode(_ code: String) -> String? {
        guard code.allSatisfy(\.isASCIIDigit) else { return nil }
        switch code.count {
        case 2: return code + "0000"
        case 4: return code + "00"
        case 6: return code
        default: return nil
        }
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
