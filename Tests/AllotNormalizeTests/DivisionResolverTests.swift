@testable import AllotNormalize
import XCTest

final class DivisionResolverTests: XCTestCase {
    private func code(_ resolution: Resolution) -> String? { resolution.division?.code }

    func testProvinces() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(resolver.resolveProvince("山西省")?.code, "140000")
        XCTAssertEqual(resolver.resolveProvince("山西")?.code, "140000")
        XCTAssertEqual(resolver.resolveProvince("山 西 省")?.code, "140000")
        XCTAssertEqual(resolver.resolveProvince("广西")?.code, "450000")
        XCTAssertEqual(resolver.resolveProvince("新疆维吾尔自治区")?.code, "650000")
        XCTAssertEqual(resolver.resolveProvince("北京")?.code, "110000")
        XCTAssertNil(resolver.resolveProvince("晋"))
        XCTAssertNil(resolver.resolveProvince(""))
    }

    func testPrefectures() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(resolver.resolvePrefecture("太原市", province: "山西省")?.code, "140100")
        XCTAssertEqual(resolver.resolvePrefecture("太原", province: "14")?.code, "140100")
        XCTAssertEqual(resolver.resolvePrefecture("吕梁市", province: nil)?.code, "141100")
        XCTAssertEqual(resolver.resolvePrefecture("临夏州", province: "甘肃")?.code, "622900")
        XCTAssertEqual(resolver.resolvePrefecture("临夏回族自治州", province: "620000")?.code, "622900")
        XCTAssertEqual(resolver.resolvePrefecture("兴安盟", province: nil)?.code, "152200")
        XCTAssertNil(resolver.resolvePrefecture("太原市", province: "甘肃省"))
        XCTAssertNil(resolver.resolvePrefecture("市辖区", province: "北京市"))
        XCTAssertNil(resolver.resolvePrefecture("太原市", province: "不存在省"))
    }

    func testChengquDependsOnThePrefecture() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(resolver.resolveCounty("城区", prefectureCode: "1403", provinceCode: "14"),
                       .resolved(Division(code: "140302", name: "城区", level: .county, parentCode: "140300"),
                                 via: .exact))
        XCTAssertEqual(code(resolver.resolveCounty("城区", prefectureCode: "140500", provinceCode: nil)), "140502")
        XCTAssertEqual(resolver.resolveCounty("城区", prefectureCode: nil, provinceCode: "140000"),
                       .ambiguous(["140302", "140502"]))
    }

    func testYuxianWithPaddingAndWithoutSuffix() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(code(resolver.resolveCounty("盂县", prefectureCode: "1403", provinceCode: "14")), "140322")
        XCTAssertEqual(code(resolver.resolveCounty("盂　　县", prefectureCode: "1403", provinceCode: nil)), "140322")
        guard case .resolved(let division, .suffixOmitted) = resolver.resolveCounty(
            "盂", prefectureCode: "1403", provinceCode: "14") else {
            return XCTFail("盂 should resolve without its suffix")
        }
        XCTAssertEqual(division.code, "140322")
    }

    func testYunzhouAndTheOldNameDatongxian() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(resolver.resolveCounty("云州区", prefectureCode: "1402", provinceCode: "14").division?.code,
                       "140215")
        XCTAssertEqual(code(resolver.resolveCounty("云州", prefectureCode: "1402", provinceCode: "14")), "140215")
        let old = resolver.resolveCounty("大同县", prefectureCode: "1402", provinceCode: "14")
        XCTAssertEqual(old.division?.code, "140215")
        XCTAssertEqual(old.division?.name, "云州区")
        XCTAssertEqual(old.formerName, "大同县")
        XCTAssertNil(resolver.resolveCounty("云州区", prefectureCode: "1402", provinceCode: "14").formerName)
    }

    func testAliasesApplyOnlyInsideTheirPrefecture() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(code(resolver.resolveCounty("城区", prefectureCode: "1404", provinceCode: "14")), "140403")
        XCTAssertEqual(resolver.resolveCounty("城区", prefectureCode: "1404", provinceCode: "14").formerName, "城区")
        XCTAssertEqual(code(resolver.resolveCounty("城区", prefectureCode: "1402", provinceCode: "14")), "140213")
        XCTAssertEqual(code(resolver.resolveCounty("长治县", prefectureCode: "1404", provinceCode: "14")), "140404")
    }

    func testFangshanUnderLvliang() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(code(resolver.resolveCounty("方山县", prefectureCode: "1411", provinceCode: "14")), "141128")
        XCTAssertEqual(code(resolver.resolveCounty("⽅⼭县", prefectureCode: "141100", provinceCode: "14")), "141128")
    }

    func testUnknownName() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(resolver.resolveCounty("不存在县", prefectureCode: "1401", provinceCode: "14"), .unknown)
        XCTAssertEqual(resolver.resolveCounty("省本级", prefectureCode: nil, provinceCode: "14"), .unknown)
        XCTAssertEqual(resolver.resolveCounty("  ", prefectureCode: nil, provinceCode: nil), .unknown)
    }

    func testCountyUnderTheWrongPrefectureIsMisplaced() throws {
        let resolver = try DivisionResolver.bundled()
        let yangquan = try XCTUnwrap(resolver.catalog.division(code: "1403"))
        let resolution = resolver.resolveCounty("盂县", prefectureCode: "1401", provinceCode: "14")
        guard case .misplaced(let division, .exact, let parent) = resolution else {
            return XCTFail("expected misplaced, got \(resolution)")
        }
        XCTAssertEqual(division.code, "140322")
        XCTAssertEqual(parent, yangquan)
        let former = resolver.resolveCounty("大同县", prefectureCode: "1406", provinceCode: "14")
        XCTAssertEqual(former.division?.code, "140215")
        XCTAssertEqual(former.formerName, "大同县")
        XCTAssertEqual(resolver.resolveCounty("城区", prefectureCode: "1401", provinceCode: "14"),
                       .ambiguous(["140302", "140502"]))
    }

    func testCountyOfAnotherProvince() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(code(resolver.resolveCounty("临夏县", prefectureCode: nil, provinceCode: "620000")), "622921")
        XCTAssertEqual(code(resolver.resolveCounty("临夏县", prefectureCode: "6229", provinceCode: nil)), "622921")
        XCTAssertEqual(resolver.resolveCounty("临夏县", prefectureCode: nil, provinceCode: "14"), .unknown)
        XCTAssertEqual(resolver.resolveCounty("临夏", prefectureCode: "6229", provinceCode: "62"),
                       .ambiguous(["622901", "622921"]))
    }

    func testChangedSuffixIsFlagged() throws {
        let resolver = try DivisionResolver.bundled()
        guard case .resolved(let division, .suffixChanged) = resolver.resolveCounty(
            "古交县", prefectureCode: "1401", provinceCode: "14") else {
            return XCTFail("古交县 should match 古交市 with a changed suffix")
        }
        XCTAssertEqual(division.code, "140181")
    }

    func testCityWithoutCountiesResolvesToItself() throws {
        let resolver = try DivisionResolver.bundled()
        let dongguan = resolver.resolveCounty("东莞市", prefectureCode: "4419", provinceCode: "44")
        XCTAssertEqual(dongguan.division, Division(code: "441900", name: "东莞市", level: .county, parentCode: "441900"))
        XCTAssertEqual(resolver.catalog.division(code: "441900")?.level, .prefecture)
        XCTAssertEqual(resolver.resolvePrefecture("东莞", province: "广东")?.code, "441900")
    }

    func testNationwideLookupWithoutContext() throws {
        let resolver = try DivisionResolver.bundled()
        XCTAssertEqual(code(resolver.resolveCounty("方山县", prefectureCode: nil, provinceCode: nil)), "141128")
        XCTAssertEqual(resolver.resolveCounty("城区", prefectureCode: nil, provinceCode: nil).division, nil)
        XCTAssertEqual(code(resolver.resolveCounty("东城区", prefectureCode: nil, provinceCode: "11")), "110101")
    }

    /// A code's leading digits cut by bytes are its leading characters: digits of any length, and
    /// text of other characters (full-width digits, a combining mark) cut as characters.
    func testLeadingDigitsAreTheLeadingCharacters() {
        for code in ["140000", "14", "1", "", "１４００００", "1\u{301}40000", "14a000", "合计"] {
            for count in 0...7 {
                XCTAssertEqual(DivisionResolver.leading(code, count), String(code.prefix(count)), "\(code) \(count)")
            }
        }
    }
}
