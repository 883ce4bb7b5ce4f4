@testable import AllotHTML
import XCTest

/// A portal page's own address: `<link rel="canonical">` first, `<meta property="og:url">` else, and
/// only an absolute http(s) URL (a relative canonical link names no place by itself).
final class CanonicalURLTests: XCTestCase {
    private func url(_ head: String) throws -> String {
        try extract("<html><head>\(head)<title>通知</title></head><body><p>正文</p></body></html>").page.portal.canonicalURL
    }

    func testCanonicalLinkIsTheSourceURL() throws {
        XCTAssertEqual(try url(#"<link rel="canonical" href="https://czt.shanxi.gov.cn/zfxxgk/2022/t1.html">"#),
                       "https://czt.shanxi.gov.cn/zfxxgk/2022/t1.html")
    }

    func testCanonicalLinkWinsOverOpenGraph() throws {
        let head = #"<meta property="og:url" content="http://a.gov.cn/og.html"><link rel="Canonical" href="http://a.gov.cn/c.html">"#
        XCTAssertEqual(try url(head), "http://a.gov.cn/c.html")
    }

    func testOpenGraphWhenNoCanonicalLink() throws {
        XCTAssertEqual(try url(#"<meta property="og:url" content="http://a.gov.cn/og.html">"#), "http://a.gov.cn/og.html")
    }

    func testRelativeOrOtherSchemesAreNotAnAddress() throws {
        XCTAssertEqual(try url(#"<link rel="canonical" href="/zfxxgk/t1.html">"#), "")
        XCTAssertEqual(try url(#"<link rel="canonical" href="javascript:void(0)">"#), "")
        XCTAssertEqual(try url(#"<link rel="stylesheet" href="http://a.gov.cn/s.css">"#), "")
        XCTAssertEqual(try url(""), "")
    }
}
