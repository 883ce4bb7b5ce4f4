import AllotText
@testable import AllotNormalize
import XCTest

final class DivisionCatalogTests: XCTestCase {
    private let provinces = "code,name\n14,\"山西省\"\n62,\"甘肃省\"\n"
    private let prefectures = "code,name,provinceCode\n1403,\"阳泉市\",14\n"
    private let counties = "code,name,cityCode,provinceCode\n140322,\"盂县\",1403,14\n"
    private let aliases = "old_name,code,province_code,note\n"

    private func catalog(provinces: String? = nil, prefectures: String? = nil, counties: String? = nil,
                         aliases: String? = nil) throws -> DivisionCatalog {
        try DivisionCatalog(provincesCSV: provinces ?? self.provinces,
                            prefecturesCSV: prefectures ?? self.prefectures,
                            countiesCSV: counties ?? self.counties, aliasesCSV: aliases ?? self.aliases)
    }

    private func assertMalformed(_ build: @autoclosure () throws -> DivisionCatalog, file: String, line: Int,
                                 sourceFile: StaticString = #filePath, sourceLine: UInt = #line) {
        XCTAssertThrowsError(try build(), file: sourceFile, line: sourceLine) { error in
            guard case .malformedData(let badFile, let badLine, _)? = error as? NormalizeError else {
                return XCTFail("unexpected \(error)", file: sourceFile, line: sourceLine)
            }
            XCTAssertEqual(badFile, file, file: sourceFile, line: sourceLine)
            XCTAssertEqual(badLine, line, file: sourceFile, line: sourceLine)
        }
    }

    func testBundledCatalogLoads() throws {
        let catalog = try DivisionCatalog.bundled()
        XCTAssertEqual(catalog.provinces.count, 31)
        XCTAssertEqual(catalog.counties.count, 2978)
        XCTAssertEqual(catalog.division(code: "14"), Division(code: "140000", name: "山西省", level: .province,
                                                              parentCode: nil))
        XCTAssertEqual(catalog.division(code: "1403")?.name, "阳泉市")
        XCTAssertEqual(catalog.division(code: "140322"),
                       Division(code: "140322", name: "盂县", level: .county, parentCode: "140300"))
        XCTAssertNil(catalog.division(code: "149999"))
        XCTAssertNil(catalog.division(code: "14x"))
    }

    func testShanxiHasElevenPrefecturesAndNoPlaceholders() throws {
        let catalog = try DivisionCatalog.bundled()
        let shanxi = catalog.prefectures.filter { $0.parentCode == "140000" }
        XCTAssertEqual(shanxi.count, 11)
        XCTAssertFalse(shanxi.contains(where: catalog.isPlaceholder))
    }

    func testMunicipalityPlaceholders() throws {
        let catalog = try DivisionCatalog.bundled()
        let beijing = try XCTUnwrap(catalog.division(code: "110100"))
        XCTAssertEqual(beijing.name, "市辖区")
        XCTAssertTrue(catalog.isPlaceholder(beijing))
        XCTAssertTrue(try catalog.isPlaceholder(XCTUnwrap(catalog.division(code: "5002"))))
        XCTAssertTrue(try catalog.isPlaceholder(XCTUnwrap(catalog.division(code: "4190"))))
        XCTAssertFalse(try catalog.isPlaceholder(XCTUnwrap(catalog.division(code: "1401"))))
    }

    func testFullNameHasProvinceAndPrefectureWithoutPlaceholders() throws {
        let catalog = try DivisionCatalog.bundled()
        XCTAssertEqual(catalog.fullName(code: "140322"), "山西省阳泉市盂县")
        XCTAssertEqual(catalog.fullName(code: "140300"), "山西省阳泉市")
        XCTAssertEqual(catalog.fullName(code: "140000"), "山西省")
        XCTAssertEqual(catalog.fullName(code: "110101"), "北京市东城区", "市辖区 is left out")
        XCTAssertNil(catalog.fullName(code: "149999"))
    }

    /// Every division's full name is its ancestors' names joined as before: names collected county
    /// first, placeholders (by `hasSuffix`, not the byte-length shortcut) left out, then reversed.
    func testFullNameOfEveryDivisionIsTheJoinedChain() throws {
        let catalog = try DivisionCatalog.bundled()
        func placeholder(_ division: Division) -> Bool {
            division.level == .prefecture
                && (division.name == "市辖区" || division.name == "县" || division.name.hasSuffix("直辖县级行政区划"))
        }
        let all = catalog.provinces + catalog.prefectures + catalog.counties
        XCTAssertGreaterThan(all.filter(placeholder).count, 5)
        for division in all {
            XCTAssertEqual(catalog.isPlaceholder(division), placeholder(division), division.code)
            var current = try XCTUnwrap(catalog.division(code: division.code))
            var names = [current.name]
            for _ in 0..<2 {
                guard let parentCode = current.parentCode, parentCode != current.code,
                      let parent = catalog.division(code: parentCode) else { break }
                if !placeholder(parent) { names.append(parent.name) }
                current = parent
            }
            XCTAssertEqual(catalog.fullName(code: division.code), names.reversed().joined(), division.code)
        }
        XCTAssertFalse(DivisionCatalog.endsInDirectlyAdministered("直辖县级行政区"))
        XCTAssertTrue(DivisionCatalog.endsInDirectlyAdministered("省直辖县级行政区划"))
    }

    func testLookUpByCodeIsALinearSearchOfTheCodeStrings() throws {
        // `division(code:)` searches the codes' values; the reference pads the code as text and
        // scans each level for an equal String, prefecture before county as the catalog says.
        let catalog = try DivisionCatalog.bundled()
        func reference(_ code: String) -> Division? {
            guard code.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            let padding = [2: "0000", 4: "00", 6: ""]
            guard let pad = padding[code.utf8.count] else { return nil }
            let full = code + pad
            if full.hasSuffix("0000") { return catalog.provinces.first { $0.code == full } }
            if full.hasSuffix("00"), let prefecture = catalog.prefectures.first(where: { $0.code == full }) {
                return prefecture
            }
            return catalog.counties.first { $0.code == full }
        }
        var asked = 0
        for division in catalog.provinces + catalog.prefectures + catalog.counties {
            let code = division.code
            for form in [code, String(code.prefix(4)), String(code.prefix(2)), String(code.dropLast()),
                         code + "0", String(code.prefix(5)) + "9"] {
                XCTAssertEqual(catalog.division(code: form), reference(form), form)
                asked += 1
            }
        }
        XCTAssertGreaterThan(asked, 20_000)
        for odd in ["", "1", "14032", "1403220", "14O322", "１４０３２２", "-14032", "+14032", "14 322", "999999", "000000", "00"] {
            XCTAssertEqual(catalog.division(code: odd), reference(odd), odd)
        }
        XCTAssertEqual(DivisionCatalog.fullCodeValue("1403"), 140_300)
        XCTAssertEqual(DivisionCatalog.fullCodeValue("14"), 140_000)
        XCTAssertNil(DivisionCatalog.fullCodeValue("14032"))
    }

    func testBundledAliasesPointAtCurrentCounties() throws {
        let catalog = try DivisionCatalog.bundled()
        let datong = try XCTUnwrap(catalog.aliases.first { $0.oldName == "大同县" })
        XCTAssertEqual(datong.code, "140215")
        XCTAssertEqual(catalog.division(code: datong.code)?.name, "云州区")
        for alias in catalog.aliases {
            XCTAssertEqual(catalog.division(code: alias.code)?.level, .county, alias.oldName)
            XCTAssertFalse(alias.note.isEmpty, alias.oldName)
        }
    }

    func testSmallCatalogBuilds() throws {
        let catalog = try catalog(aliases: "old_name,code,province_code,note\n盂州,140322,140000,test\n")
        XCTAssertEqual(catalog.counties.map(\.code), ["140322"])
        XCTAssertEqual(catalog.aliases, [DivisionAlias(oldName: "盂州", code: "140322", provinceCode: "140000",
                                                       note: "test")])
    }

    func testBadDataThrowsWithFileAndLine() {
        assertMalformed(try catalog(provinces: "id,name\n14,山西省\n"), file: "provinces.csv", line: 1)
        assertMalformed(try catalog(provinces: "code,name\n14,\"山西省\"\n14,\"山西\"\n"), file: "provinces.csv", line: 3)
        assertMalformed(try catalog(prefectures: "code,name,provinceCode\n1403,\"阳泉市\"\n"), file: "cities.csv", line: 2)
        assertMalformed(try catalog(prefectures: "code,name,provinceCode\n1503,\"阳泉市\",14\n"), file: "cities.csv", line: 2)
        assertMalformed(try catalog(prefectures: "code,name,provinceCode\n4403,\"X\",44\n"), file: "cities.csv", line: 2)
        assertMalformed(try catalog(counties: "code,name,cityCode,provinceCode\n14032,\"盂县\",1403,14\n"),
                        file: "areas.csv", line: 2)
        assertMalformed(try catalog(counties: "code,name,cityCode,provinceCode\n140322,\"\",1403,14\n"),
                        file: "areas.csv", line: 2)
        assertMalformed(try catalog(aliases: "old_name,code,province_code,note\n大同县,140215,140000,x\n"),
                        file: "aliases.csv", line: 2)
        assertMalformed(try catalog(aliases: "old_name,code,province_code,note\n盂州,140322,620000,x\n"),
                        file: "aliases.csv", line: 2)
    }

    /// Full names built with the parents' part kept by parent code are the full names built
    /// afresh, for every division of the catalog, asked in code order and again.
    func testFullNamesWithKnownParentsAreTheFullNames() throws {
        let catalog = try DivisionCatalog.bundled()
        var above: [String: String] = [:]
        let codes = (catalog.provinces + catalog.prefectures + catalog.counties).map(\.code) + ["", "99", "999999"]
        for code in codes + codes {
            XCTAssertEqual(catalog.fullName(code: code, above: &above), catalog.fullName(code: code), code)
        }
    }
}
