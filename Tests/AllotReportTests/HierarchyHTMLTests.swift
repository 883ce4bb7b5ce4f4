import AllotReport
import Foundation
import XCTest

/// The hierarchy in the HTML report: names indented by depth, codes in brackets in front.
final class HierarchyHTMLTests: XCTestCase {
    private let allocations = #"""
        notice_id,table_no,row_no,page,level,name,region,division_code,parent_code,column_name,amount,unit,remark,printed_code,depth
        sha256:0123456789abcdef,1,1,1,total,合计,,,,合计,30,元,,,0
        sha256:0123456789abcdef,1,2,1,subtotal,一般公共服务支出,,,,合计,30,元,,201,1
        sha256:0123456789abcdef,1,3,1,item,行政运行,,,,合计,30,元,,201 06 01,3

        """#
    private let notices = """
        notice_id,doc_number,issuer,title,date,source_file,source_sha256,page_count,table_count,row_count,finding_count
        sha256:0123456789abcdef,,,支出表,,d.pdf,\(String(repeating: "d", count: 64)),1,1,3,0

        """

    func testNamesAreIndentedByDepthWithTheirCodes() throws {
        let folder = try ReportSample.write(notices: notices, allocations: allocations,
                                            findings: "notice_id,table_no,row_no,page,name,column_name,check_name,stated,computed,difference,message\n")
        let notices = try ReportDataset.read(directory: folder)
        XCTAssertEqual(notices.first?.tables.first?.rows.map(\.place.depth), [0, 1, 3])
        let html = HTMLReport.render(notices)
        XCTAssertTrue(html.contains(#"<td class="name">合计</td>"#), "a top row is not indented")
        XCTAssertTrue(html.contains(#"<td class="name" style="padding-left:1em">[201] 一般公共服务支出</td>"#))
        XCTAssertTrue(html.contains(#"<td class="name" style="padding-left:3em">[201 06 01] 行政运行</td>"#))
    }
}
