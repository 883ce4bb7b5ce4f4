@testable import AllotNormalize
@testable import AllotText
import AllotReferenceData
import Foundation
import XCTest

/// The reference data compiled into allot are exactly the data files they are generated from,
/// already in the normal form names are compared in, and nothing is read from disk to use them.
final class ReferenceTablesTests: XCTestCase {
    private let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/AllotReferenceData/Data")

    private func text(_ name: String) throws -> String {
        try String(contentsOf: data.appendingPathComponent(name), encoding: .utf8)
    }

    func testCompiledCatalogIsTheDataFiles() throws {
        let files = DivisionCatalog.files
        let fromFiles = try DivisionCatalog(provincesCSV: text(files.provinces), prefecturesCSV: text(files.prefectures),
                                            countiesCSV: text(files.counties), aliasesCSV: text(files.aliases))
        let compiled = try DivisionCatalog.bundled()
        XCTAssertEqual(compiled.provinces, fromFiles.provinces)
        XCTAssertEqual(compiled.prefectures, fromFiles.prefectures)
        XCTAssertEqual(compiled.counties, fromFiles.counties)
        XCTAssertEqual(compiled.aliases, fromFiles.aliases)
        XCTAssertEqual(compiled.counties.count, 2978)
        for division in fromFiles.provinces + fromFiles.prefectures + fromFiles.counties {
            XCTAssertEqual(compiled.division(code: division.code), fromFiles.division(code: division.code))
        }
    }

    func testCompiledIdeographTableIsTheDataFile() throws {
        let name = "EquivalentUnifiedIdeograph.txt"
        XCTAssertEqual(EquivalentIdeographs.bundled, try EquivalentIdeographs.parse(text(name), file: name))
        XCTAssertEqual(ReferenceTables.equivalentIdeographs.count, EquivalentIdeographs.bundled.count, "no code point twice")
    }

    func testCompiledNamesNeedNoNormalization() throws {
        // The catalog is built without normalizing: every name must already be what
        // NameNormalizer makes of it.
        let catalog = try DivisionCatalog.bundled()
        let names = catalog.provinces.map(\.name) + catalog.prefectures.map(\.name) + catalog.counties.map(\.name)
            + catalog.aliases.map(\.oldName)
        XCTAssertEqual(names.count, 31 + 342 + 2978 + 19)
        for name in names {
            XCTAssertEqual(NameNormalizer.normalize(name), name)
        }
    }

    func testGeneratorAgreesWithTheCommittedSource() throws {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { throw XCTSkip("python3 not installed") }
        let root = data.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root.appendingPathComponent("Scripts/generate_reference_data.py").path, "--check"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, message)
    }

    func testCompiledLevelsAreCheckedEntryByEntry() throws {
        // The compiled tables' own check (codes, order, parents), on tables damaged one way each.
        typealias Record = (code: StaticString, parent: StaticString?, name: StaticString)
        func level(_ records: [Record], under parents: DivisionCatalog.Level? = nil) throws -> DivisionCatalog.Level {
            try DivisionCatalog.level(records, .county, under: parents, file: "t.csv") { $0 }
        }
        let provinces = try level([("140000", nil, "山西省"), ("150000", nil, "内蒙古自治区")])
        XCTAssertEqual(provinces.codes, [140000, 150000])
        XCTAssertEqual(provinces.divisions.map(\.name), ["山西省", "内蒙古自治区"])
        let counties = try level([("140322", "140000", "盂县"), ("150102", "150000", "新城区")], under: provinces)
        XCTAssertEqual(counties.divisions.map(\.parentCode), ["140000", "150000"])
        XCTAssertEqual(counties.divisions.map(\.code), ["140322", "150102"])
        let damaged: [([Record], String)] = [
            ([("140000", nil, "a"), ("14000", nil, "b")], "t.csv:2: bad code \"14000\" or empty name"),
            ([("14000x", nil, "a")], "t.csv:1: bad code \"14000x\" or empty name"),
            ([("140000", nil, "")], "t.csv:1: bad code \"140000\" or empty name"),
            ([("150000", nil, "a"), ("140000", nil, "b")], "t.csv:2: code 140000 is out of order or twice"),
            ([("140000", nil, "a"), ("140000", nil, "b")], "t.csv:2: code 140000 is out of order or twice"),
        ]
        for (records, message) in damaged {
            XCTAssertThrowsError(try level(records)) { error in
                guard case let .malformedData(file, line, reason)? = error as? NormalizeError else {
                    return XCTFail("\(error)")
                }
                XCTAssertEqual("\(file):\(line): \(reason)", message)
            }
        }
        let orphans: [([Record], String)] = [
            ([("140322", "140300", "盂县")], "t.csv:1: parent 140300 of 140322 is unknown"),
            ([("160101", "160000", "x")], "t.csv:1: parent 160000 of 160101 is unknown"),
            ([("140322", nil, "盂县")], "t.csv:1: 140322 has no parent"),
        ]
        for (records, message) in orphans {
            XCTAssertThrowsError(try level(records, under: provinces)) { error in
                guard case let .malformedData(file, line, reason)? = error as? NormalizeError else {
                    return XCTFail("\(error)")
                }
                XCTAssertEqual("\(file):\(line): \(reason)", message)
            }
        }
    }

    func testDamagedCompiledDataIsAnErrorNamingTheEntry() {
        // The same checks run on the compiled arrays as on the files: a county under an unknown
        // prefecture is an error, never a catalog without it.
        XCTAssertThrowsError(try DivisionCatalog(provincesCSV: "code,name\n14,山西省\n",
                                                 prefecturesCSV: "code,name,provinceCode\n",
                                                 countiesCSV: "code,name,cityCode,provinceCode\n140322,盂县,1403,14\n",
                                                 aliasesCSV: "old_name,code,province_code,note\n")) { error in
            XCTAssertEqual(error as? NormalizeError,
                           .malformedData(file: "areas.csv", line: 2, reason: "parent 140300 of 140322 is unknown"))
        }
    }
}
