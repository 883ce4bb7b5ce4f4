@testable import AllotHTML
import AllotTables
import XCTest

final class PageFlowTests: XCTestCase {
    private func lines(_ html: String) throws -> [[String]] {
        try PageFlow.items(of: parse(html), settings: HTMLSettings()).flatMap { item -> [[String]] in
            switch item {
            case let .line(line): [line.cells]
            case let .grid(_, otherwise): (otherwise ?? []).map(\.cells)
            }
        }
    }

    func testBlocksAndBreaksMakeLines() throws {
        XCTAssertEqual(try lines("<div>甲<span>乙</span><p>丙<br>丁</p>戊</div><ul><li>己</li><li> 庚 </li></ul>"),
                       [["甲乙"], ["丙"], ["丁"], ["戊"], ["己"], ["庚"]])
    }

    func testChromeAndHiddenElementsAreSkipped() throws {
        let html = """
            <head><title>标题</title><style>p{}</style></head><body>
            <nav>首页</nav><div class="top-bar">登录</div><div id="breadcrumb">当前位置</div>
            <div class="bdsharebuttonbox">分享到</div><div role="navigation">菜单</div>
            <p style="display: none">隐藏</p><script>document.write('脚本')</script>
            <form id="form1"><p>正文</p></form><div class="footer">版权所有</div></body>
            """
        XCTAssertEqual(try lines(html), [["正文"]])
    }

    func testLayoutTablesAreReadThroughAndSmallTablesGiveOneLinePerRow() throws {
        let html = """
            <table class="layout"><tr><td class="sidebar">菜单</td><td>
            <table><tr><th>索引号</th><td>0001</td></tr></table>
            <p>正文一</p><p>正文二</p></td></tr></table>
            """
        XCTAssertEqual(try lines(html), [["索引号", "0001"], ["正文一"], ["正文二"]])
    }

    func testAnAllocationTableInsideALayoutTableIsTakenAndTheLayoutTableIsNot() throws {
        let html = """
            <table><tr><td><p>附件</p>
            <table><tr><td>地区</td><td>资金</td></tr><tr><td>甲县</td><td>1</td></tr></table>
            </td></tr></table>
            """
        let items = try PageFlow.items(of: parse(html), settings: HTMLSettings())
        let tables = FlowReader().scan(items).tables
        XCTAssertEqual(tables.map { $0.rows.map(\.cells) }, [[["甲县", "1"]]])
    }

    func testDeclaredAlignmentIsInheritedByTheLinesOfABlock() throws {
        let items = try PageFlow.items(of: parse("""
            <div align="right">前<p style="text-align: center">中<br>中二</p>后</div><center>心</center><p>左</p>
            """), settings: HTMLSettings())
        let alignments = items.compactMap { if case let .line(line) = $0 { (line.cells[0], line.alignment) } else { nil } }
        XCTAssertEqual(alignments.map(\.0), ["前", "中", "中二", "后", "心", "左"])
        XCTAssertEqual(alignments.map(\.1), [.right, .center, .center, .right, .center, .left])
    }

    func testPreformattedTextKeepsItsLines() throws {
        XCTAssertEqual(try lines("<pre>第一行\n第二行</pre>"), [["第一行"], ["第二行"]])
    }
}
