import AllotModel
@testable import AllotNormalize
import XCTest

/// The hierarchy on small tables: subtotals before or after their items, group headings with a
/// bare 小计, a lone direct item, and absurd cells as findings.
final class TableNormalizerTests: XCTestCase {
    private func table(_ rows: [[String]]) -> RawTable {
        let columns = [TableColumn(name: "市县名", role: .label), TableColumn(name: "中央资金", role: .amount)]
        return RawTable(index: 1, title: "t", unit: "万元", attachment: "", columns: columns,
                        rows: rows.map { RawTableRow(page: 1, cells: $0, box: Box(x0: 0, y0: 0, x1: 1, y1: 1)) })
    }

    /// The stage without division codes: levels, hierarchy, regions and cells only.
    private func normalize(_ rows: [[String]], issuer: String = "") -> (table: AllocationTable, findings: [Finding]) {
        TableNormalizer(resolver: nil).normalize(table(rows), context: NoticeContext(issuer: issuer))
    }

    private func parents(_ rows: [[String]]) -> [String] {
        normalize(rows).table.rows.map { row in
            "\(row.name)→\(row.parent.map(String.init) ?? "-")"
        }
    }

    func testSubtotalsBeforeTheirItems() {
        XCTAssertEqual(parents([["全省合计", "30"], ["太原市小计", "10"], ["娄烦县", "10"], ["大同市小计", "20"],
                                ["阳高县", "15"], ["天镇县", "5"]]),
                       ["全省合计→-", "太原市小计→1", "娄烦县→2", "大同市小计→1", "阳高县→4", "天镇县→4"])
    }

    func testSubtotalsAfterTheirItemsWithALoneGarbledLastRow() {
        XCTAssertEqual(parents([["娄烦县", "4"], ["阳曲县", "6"], ["太原市合计", "10"], ["阳高县", "15"],
                                ["天镇县", "5"], ["大同市合计", "20"], ["省本级", "3"], ["总计", "33"]]),
                       ["娄烦县→3", "阳曲县→3", "太原市合计→8", "阳高县→6", "天镇县→6", "大同市合计→8",
                        "省本级→8", "总计→-"])
    }

    /// Rows of the province's own units next to a group, with no subtotal of their own: the
    /// subtotal's sum bounds its group, the rest hang under the total (Fixtures/property2).
    func testDirectItemsNextToAGroupBelongToTheTotalWhereTheSubtotalEndsItsRun() {
        XCTAssertEqual(parents([["全省合计", "38"], ["太原市小计", "10"], ["娄烦县", "10"], ["大同市小计", "20"],
                                ["阳高县", "15"], ["天镇县", "5"], ["省农业农村厅", "3"], ["省水利厅", "5"]]),
                       ["全省合计→-", "太原市小计→1", "娄烦县→2", "大同市小计→1", "阳高县→4", "天镇县→4",
                        "省农业农村厅→1", "省水利厅→1"])
        XCTAssertEqual(parents([["省农业农村厅", "3"], ["省水利厅", "5"], ["娄烦县", "4"], ["阳曲县", "6"],
                                ["太原市合计", "10"], ["阳高县", "15"], ["天镇县", "5"], ["大同市合计", "20"],
                                ["总计", "38"]]),
                       ["省农业农村厅→9", "省水利厅→9", "娄烦县→5", "阳曲县→5", "太原市合计→9", "阳高县→8",
                        "天镇县→8", "大同市合计→9", "总计→-"])
        // Subtotals last under headings: a heading after the total's own rows opens its group.
        let built = normalize([["省水利厅", "3"], ["临夏回族自治州", ""], ["临夏县", "807"], ["康乐县", "854"],
                               ["小计", "1661"], ["合计", "1664"]], issuer: "甘肃省财政厅").table
        XCTAssertEqual(built.rows.map(\.level), [.item, .group, .item, .item, .subtotal, .total])
        XCTAssertEqual(built.rows.map { $0.parent ?? 0 }, [6, 6, 5, 5, 6, 0])
        // A subtotal that no run of its items gives keeps them all (its mismatch is reported).
        XCTAssertEqual(parents([["全省合计", "37"], ["大同市小计", "21"], ["阳高县", "15"], ["天镇县", "5"],
                                ["省水利厅", "17"]]),
                       ["全省合计→-", "大同市小计→1", "阳高县→2", "天镇县→2", "省水利厅→2"])
    }

    func testGroupHeadingsNameTheirBareSubtotals() {
        let built = normalize([["临夏回族自治州", ""], ["临夏县", "807"], ["康乐县", "854"],
                               ["小计", "1661"], ["合计", "1661"]], issuer: "甘肃省财政厅").table
        XCTAssertEqual(built.rows.map(\.level), [.group, .item, .item, .subtotal, .total])
        XCTAssertEqual(built.rows[3].region, "临夏回族自治州")
        XCTAssertEqual(built.rows[1].parent, 4)
        XCTAssertEqual(built.rows[4].region, "甘肃省", "an unnamed total is about the issuer's province")
        XCTAssertEqual(built.rows[1].region, "临夏县")
    }

    /// Ordered by labels only, a named row printed blank heads a group only where rows could sit
    /// under it; among a sum's items it is an item printed blank (Fixtures/blank-rows end to end).
    func testABlankRowAmongItemsIsAnItemAndAHeadingOpensItsRun() {
        // Subtotals first: 阳曲县 blank among 太原市小计's items; 清徐县 stays under the subtotal.
        var built = normalize([["全省合计", "30"], ["太原市小计", "10"], ["娄烦县", "4"], ["阳曲县", ""],
                               ["清徐县", "6"], ["大同市小计", "20"], ["阳高县", "20"]]).table
        XCTAssertEqual(built.rows.map(\.level), [.total, .subtotal, .item, .item, .item, .subtotal, .item])
        XCTAssertEqual(built.rows.map { $0.parent ?? 0 }, [0, 1, 2, 2, 2, 1, 6])
        // Subtotals last, a bare 小计 under its heading: the blank county is an item, the 小计
        // takes its region from the heading, not from the blank county.
        built = normalize([["临夏回族自治州", ""], ["临夏县", "807"], ["和政县", ""], ["康乐县", "854"],
                           ["小计", "1661"], ["合计", "1661"]], issuer: "甘肃省财政厅").table
        XCTAssertEqual(built.rows.map(\.level), [.group, .item, .item, .item, .subtotal, .total])
        XCTAssertEqual(built.rows[4].region, "临夏回族自治州")
        XCTAssertEqual(built.rows.map { $0.parent ?? 0 }, [6, 5, 5, 5, 6, 0])
        // Under the total without subtotals: after an item, an item; headings over their counties
        // (each opening its run) stay headings.
        built = normalize([["合计", "10"], ["娄烦县", "4"], ["阳曲县", ""], ["清徐县", "6"]]).table
        XCTAssertEqual(built.rows.map(\.level), [.total, .item, .item, .item])
        built = normalize([["合计", "10"], ["太原市", ""], ["娄烦县", "4"], ["大同市", ""], ["阳高县", "6"]]).table
        XCTAssertEqual(built.rows.map(\.level), [.total, .group, .item, .group, .item])
    }

    /// Headings without subtotals: a county printed blank between two counties of the heading's
    /// prefecture is, by the division catalogue, one of its items, not a heading over the counties
    /// after it; a blank row whose neighbours the catalogue does not place under the heading, or
    /// read without the catalogue, stays a heading.
    func testABlankCountyOfTheHeadingsPrefectureIsAnItemByTheCatalogue() throws {
        let normalizer = TableNormalizer(resolver: try DivisionResolver.bundled())
        let context = NoticeContext(issuer: "山西省财政厅")
        let rows = [["合计", "20"], ["太原市", ""], ["娄烦县", "4"], ["阳曲县", ""], ["清徐县", "6"],
                    ["大同市", ""], ["阳高县", "10"]]
        var built = normalizer.normalize(table(rows), context: context).table
        XCTAssertEqual(built.rows.map(\.level), [.total, .group, .item, .item, .item, .group, .item])
        XCTAssertEqual(built.rows.map { $0.parent ?? 0 }, [0, 1, 2, 2, 2, 1, 6])
        // Without the catalogue, or when the row after is no county of 太原市, it heads the rows after it.
        built = normalize(rows).table
        XCTAssertEqual(built.rows[3].level, .group)
        var other = rows
        other[4] = ["阳高县", "6"]
        built = normalizer.normalize(table(other), context: context).table
        XCTAssertEqual(built.rows[3].level, .group)
        // With a subtotal printed, the sums place the rows (the catalogue is not asked).
        built = normalizer.normalize(table([["合计", "10"], ["太原市", ""], ["太原市小计", "10"], ["娄烦县", "4"],
                                            ["阳曲县", ""], ["清徐县", "6"]]), context: context).table
        XCTAssertEqual(built.rows.map(\.level), [.total, .group, .subtotal, .item, .item, .item])
    }

    func testAbsurdCellsAreFindings() {
        let findings = normalize([["合计", "abc"], ["甲县", "-5"]]).findings
        XCTAssertEqual(findings.map(\.check), [.invalidAmount, .negativeAmount])
        // Words in an amount cell, Chinese or Latin, are a cell put in the wrong place (a note);
        // one word or stray letters in a column that holds no amount at all claim no misprint either.
        let words = normalize([["合计", "retail outlets"], ["甲县", "Belgium/Luxembourg"], ["乙县", "说明"],
                               ["丙县", "NA"], ["丁县", "12a3"]]).findings
        XCTAssertEqual(words.map(\.check), [.unplacedText, .unplacedText, .unplacedText, .nonAmount, .nonAmount])
        XCTAssertEqual(findings.map(\.message),
                       [#"not an amount: "abc" (unexpected character "a")"#, "negative amount -5"])
    }

    /// `invalid_amount` claims a misprint only where the table confirms the column holds amounts (a
    /// money unit, or a sum row's amount in it, and mostly amounts) and the cell is no entry printed
    /// on purpose; NA, a range, a comparison, a footnote-marked figure or a share is the document's
    /// own entry (`non_amount`, a note), and so is anything in a column nothing confirms.
    func testOnlyADamagedCellOfAConfirmedAmountColumnIsInvalid() {
        let cells = ["NA": Check.nonAmount, "10-20": .nonAmount, "<5": .nonAmount, "96.2*": .nonAmount,
                     "22.5%": .nonAmount, "12a3": .invalidAmount, "abc": .invalidAmount]
        for (text, check) in cells {
            let findings = normalize([["合计", "100"], ["甲县", "40"], ["乙县", text], ["丙县", "60"]]).findings
            XCTAssertEqual(findings.map(\.check), [check], text)
        }
        XCTAssertFalse(Check.nonAmount.isProblem)
        // Without a unit of money and without a sum row, nothing says the column holds amounts.
        let columns = [TableColumn(name: "Name", role: .label), TableColumn(name: "Score", role: .amount)]
        let raw = RawTable(index: 1, title: "t", unit: "", attachment: "", columns: columns,
                           rows: [["Alpha", "40"], ["Beta", "12a3"], ["Gamma", "30"]].map {
                               RawTableRow(page: 1, cells: $0, box: Box(x0: 0, y0: 0, x1: 1, y1: 1))
                           })
        let unconfirmed = TableNormalizer(resolver: nil).normalize(raw, context: NoticeContext(issuer: "")).findings
        XCTAssertEqual(unconfirmed.map(\.check), [.nonAmount])
    }

    /// A label holding an amount of its own ran into the next column (a two-sided table read as one
    /// side: "工资福利支出12,285.31商品和服务支出" over "30215,185.46", the other side's code and amount
    /// run together): the table's columns are misread, so what fails to parse in its amount cells,
    /// on that row or another, is out of place (`unplaced_text`, a note that also keeps the table out
    /// of cross-table checks), no misprint.
    func testACellOfATableWhoseLabelsHoldAmountsIsNoMisprint() {
        let ran = normalize([["合计", "100"], ["工资福利支出12,285.31商品和服务支出", "30215,185.46"],
                             ["资本性支出", "3103,804.94"], ["乙县", "60"]]).findings
        XCTAssertEqual(ran.map(\.check), [.unplacedText, .unplacedText])
        // The same cell under a plain label is a misplaced separator in a column that holds amounts.
        let plain = normalize([["合计", "100"], ["甲县", "30215,185.46"], ["乙县", "60"]]).findings
        XCTAssertEqual(plain.map(\.check), [.invalidAmount])
        for label in ["事业单位医疗1835.23366.93", "工资福利支出12,285.31", "甲县1234.5", "绩效工资0.00邮电费"] {
            XCTAssertTrue(RowReader.holdsAmount(label), label)
        }
        for label in ["2023年项目", "5G基站建设", "第3.2条", "2.5米以上", "1,000人以下", "甲县", "1.2.3款"] {
            XCTAssertFalse(RowReader.holdsAmount(label), label)
        }
    }

    /// A negative cell (收回, 调减) that its parent's printed sum takes in is meant; one that no
    /// printed sum confirms is still reported.
    func testANegativeAmountItsSubtotalTakesInIsNoFinding() {
        let confirmed = normalize([["全省合计", "30"], ["太原市小计", "30"], ["娄烦县", "40"], ["阳曲县", "-10"]])
        XCTAssertEqual(confirmed.findings.map(\.check), [])
        let unconfirmed = normalize([["全省合计", "50"], ["太原市小计", "50"], ["娄烦县", "40"], ["阳曲县", "-10"]])
        XCTAssertEqual(unconfirmed.findings.map(\.check), [.negativeAmount])
        // An en dash printed as the minus sign: the subtotal takes -10 in, so it is a minus, not a
        // damaged cell; where no sum takes it in it is reported as a negative amount, as "-10" is.
        let dashed = normalize([["全省合计", "30"], ["太原市小计", "30"], ["娄烦县", "40"], ["阳曲县", "\u{2013}10"]])
        XCTAssertEqual(dashed.findings.map(\.check), [])
        XCTAssertEqual(dashed.table.rows.last?.amounts.first??.value, -10)
        let dashedUnconfirmed = normalize([["全省合计", "50"], ["太原市小计", "50"], ["娄烦县", "40"], ["阳曲县", "\u{2013}10"]])
        XCTAssertEqual(dashedUnconfirmed.findings.map(\.check), [.negativeAmount])
        // In a column the table does not confirm holds amounts (cells run together, 0.99.1), "–1.0"
        // may be a placeholder dash and the next cell's figure: it stays unread, a note.
        let runTogether = normalize([["合计", "1,540.09,522.6"], ["甲县", "0.99.1"], ["乙县", "\u{2013}1.0"]])
        XCTAssertEqual(runTogether.findings.last?.check, .nonAmount)
        XCTAssertEqual(runTogether.findings.last?.row, 3)
        XCTAssertFalse(runTogether.findings.contains { $0.check == .negativeAmount || $0.check == .invalidAmount })
        XCTAssertEqual(runTogether.table.rows.last?.amounts.first ?? nil, nil)
    }

    /// A negative is absurd only in a table that hands funds out: an allocation (or unrecognized)
    /// table printed with a money unit. The same cells under no unit (a score sheet placed by a
    /// total label) or in a classification table (调减 by code) give no `negative_amount`.
    func testANegativeAmountIsAFindingOnlyInATableThatDistributesFunds() {
        let rows = [["合计", "50"], ["娄烦县", "60"], ["阳曲县", "-10"], ["清徐县", "-5"]]
        XCTAssertEqual(normalize(rows).findings.map(\.check), [.negativeAmount, .negativeAmount])
        XCTAssertTrue(normalize(rows).table.distributesFunds)
        var noUnit = table(rows)
        noUnit.unit = ""
        let scored = TableNormalizer(resolver: nil).normalize(noUnit, context: NoticeContext(issuer: ""))
        XCTAssertFalse(scored.table.distributesFunds)
        XCTAssertFalse(scored.findings.contains { $0.check == .negativeAmount }, "\(scored.findings)")
        let columns = [TableColumn(name: "科目编码", role: .code), TableColumn(name: "科目名称", role: .label),
                       TableColumn(name: "金额", role: .amount)]
        let coded = RawTable(index: 1, title: "t", unit: "万元", attachment: "", columns: columns,
                             rows: [["", "合计", "5"], ["201", "一般公共服务支出", "15"], ["205", "教育支出", "-10"]].map {
                                 RawTableRow(page: 1, cells: $0, box: Box(x0: 0, y0: 0, x1: 1, y1: 1))
                             })
        let classified = TableNormalizer(resolver: nil).normalize(coded, context: NoticeContext(issuer: ""))
        XCTAssertEqual(classified.table.kind, .classification)
        XCTAssertFalse(classified.findings.contains { $0.check == .negativeAmount }, "\(classified.findings)")
    }

    /// A note after a county's name (盂县（含开发区）) does not hide the county; a government's own
    /// level (阳泉市本级) and a body of the province (省农业农村厅) are no places to report.
    func testNotesAfterNamesAndOwnLevelUnitsAreNoUnknownRegions() throws {
        let normalizer = TableNormalizer(resolver: try DivisionResolver.bundled())
        let raw = table([["全省合计", "60"], ["阳泉市小计", "30"], ["盂县（含开发区）", "10"], ["阳泉市本级", "20"],
                         ["省农业农村厅", "30"], ["某某县", "0"]])
        let (built, findings) = normalizer.normalize(raw, context: NoticeContext(issuer: "山西省财政厅"))
        XCTAssertEqual(built.rows.map(\.divisionCode), ["140000", "140300", "140322", "", "", ""])
        XCTAssertEqual(built.rows[2].name, "盂县(含开发区)")
        XCTAssertEqual(built.rows[2].region, "盂县")
        XCTAssertEqual(findings.map(\.message), ["某某县 is not a known division in this context"])
        // Its own units may have a subtotal of their own.
        let units = table([["全省合计", "60"], ["省级部门合计", "30"], ["省农业农村厅", "10"], ["省水利厅", "20"],
                           ["阳泉市合计", "30"], ["盂县", "30"]])
        XCTAssertEqual(normalizer.normalize(units, context: NoticeContext(issuer: "山西省财政厅")).findings.map(\.check), [])
    }

    func testABareSubtotalWithoutGroupOrCodedItemsHasNoRegion() throws {
        let normalizer = TableNormalizer(resolver: try DivisionResolver.bundled())
        let (built, findings) = normalizer.normalize(table([["合计", "3"], ["小计", "3"], ["甲项目", "3"]]),
                                                     context: NoticeContext(issuer: "山西省财政厅"))
        XCTAssertEqual(built.rows.map(\.region), ["山西省", "", "甲项目"])
        XCTAssertEqual(built.rows[1].divisionCode, "")
        XCTAssertFalse(findings.contains { $0.name == "小计" }, "\(findings.map(\.message))")
    }

    /// With the bundled divisions: codes in context, a bare 小计 named after its items' prefecture
    /// (inferred), a former county name through the alias table, a misplaced county as a finding.
    func testCodesAreResolvedInContextAndBuiltIntoTheRows() throws {
        let normalizer = TableNormalizer(resolver: try DivisionResolver.bundled())
        let raw = table([["全省合计", "60"], ["小计", "30"], ["阳高县", "10"], ["大同县", "20"],
                         ["阳泉市小计", "30"], ["盂县", "10"], ["太谷县", "20"]])
        let (built, findings) = normalizer.normalize(raw, context: NoticeContext(issuer: "山西省财政厅"))
        XCTAssertEqual(built.rows.map(\.divisionCode),
                       ["140000", "140200", "140221", "140215", "140300", "140322", "140703"])
        XCTAssertEqual(built.rows.map { $0.divisionMatch?.description ?? "" },
                       ["exact", "inferred", "exact", "alias:大同县", "exact", "exact", "alias:太谷县"])
        XCTAssertEqual(built.rows[1].region, "大同市")
        // The bare 小计 is named by its items, never reported as "小计 is not a prefecture".
        XCTAssertEqual(findings.map(\.check), [.misplacedRegion])
        XCTAssertEqual(findings.last?.message, "太谷县 (140703) belongs to 晋中市, not 阳泉市小计")
    }
}
