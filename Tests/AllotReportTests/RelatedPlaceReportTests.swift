import AllotReport
import Foundation
import XCTest

/// A finding about two places (issue #16) shows both: the second cell is highlighted too and
/// linked from the finding; a sentence is quoted with its number marked.
final class RelatedPlaceReportTests: XCTestCase {
    private static let findings = #"""
        notice_id,table_no,row_no,page,name,column_name,check_name,stated,computed,difference,message,related_table_no,related_row_no,related_page,related_name,related_column_name,related_value,quote
        晋乡振发〔2022〕125号,1,2,3,太原市小计,中央资金,cross_table,310,300,10,"太原市小计 中央资金: printed 310, but table 1 prints 300",1,3,3,娄烦县,中央资金,300,
        晋乡振发〔2022〕125号,1,1,3,全省合计,中央资金,text_table,1310,310,1000,"the text states 1,310万元",0,0,1,全省合计,,1310,"下达资金共计1,310万元，其中：中央资金…。"
        晋乡振发〔2022〕125号,1,1,3,全省合计,中央资金,citation,310,420,-110,"山西省: 310 here, 420 for it in 财农〔2022〕90号 table 1 row 3",1,3,2,财农〔2022〕90号 山西省,下达资金,420,

        """#

    func testBothPlacesAreShown() throws {
        let folder = try ReportSample.write(findings: Self.findings)
        let notices = try ReportDataset.read(directory: folder)
        let html = HTMLReport.render(notices)
        XCTAssertTrue(html.contains("<mark>1,310</mark>万元"), "the stated number is marked in the quote")
        XCTAssertTrue(html.contains("⇄ <a href=\"#n2-t1-r3\">table 1 row 3</a>"), "the second cell is linked")
        // 娄烦县's 中央资金 cell is highlighted as the second place of the cross_table finding.
        XCTAssertEqual(html.components(separatedBy: "[cross_table]").count - 1, 2)
        // A citation's second place is the cited notice's row: named, neither linked nor marked here
        // (row 3 of this notice's table 1 is 娄烦县, not the cited 山西省).
        XCTAssertTrue(html.contains("⇄ 财农〔2022〕90号 山西省: table 1 row 3, p. 2 420"), "named")
        XCTAssertEqual(html.components(separatedBy: "[citation]").count - 1, 1, "marked at its own cell only")
    }
}
