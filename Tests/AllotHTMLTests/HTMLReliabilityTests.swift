@testable import AllotHTML
@testable import AllotXML
import AllotModel
import AllotTables
import Foundation
import XCTest

/// Pages that used to come out as a quietly empty or cut-short notice: nesting deeper than the
/// parser reads, a declared charset the bytes contradict, bytes no encoding decodes, and every
/// libxml2 call failing in turn.
final class HTMLReliabilityTests: XCTestCase {
    /// The extractor as the pipeline builds it: the table stage judges whether a reading shows tables.
    private let tableReader = HTMLExtractor(showsTables: { !FlowReader().scan($0).tables.isEmpty })

    private func fixture(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/html/\(name).html")))
    }

    /// The fixture with `<meta charset="…">` changed to `label`.
    private func relabelled(_ name: String, as label: String) throws -> [UInt8] {
        let bytes = try fixture(name)
        let head = String(decoding: bytes.prefix(2048), as: Unicode.ASCII.self)
        guard let range = head.firstRange(of: /<meta charset="[^"]*">/) else {
            XCTFail("no meta charset in \(name)")
            return bytes
        }
        let start = head.utf8.distance(from: head.startIndex, to: range.lowerBound)
        let end = head.utf8.distance(from: head.startIndex, to: range.upperBound)
        return Array(bytes[..<start]) + Array("<meta charset=\"\(label)\">".utf8) + Array(bytes[end...])
    }

    /// The UTF-8 fixture with its table wrapped in `depth` nested `<div>`s.
    private func nested(_ depth: Int) throws -> [UInt8] {
        let text = String(decoding: try fixture("jxzf-2022-125"), as: UTF8.self)
        guard let body = text.range(of: "<body"), let table = text.range(of: "<table", range: body.upperBound..<text.endIndex)
        else { XCTFail("no table"); return [] }
        let wrapped = text[..<table.lowerBound] + String(repeating: "<div>", count: depth) + text[table.lowerBound...]
        return Array(wrapped.utf8)
    }

    func testNestingDeeperThanTheParserReadsIsAnError() throws {
        XCTAssertEqual(try ReadPage(HTMLExtractor().extract(bytes: nested(150), path: "deep.html")).tables.first?.rows.count,
                       74)
        for depth in [250, 300, 5000] {
            XCTAssertThrowsError(try HTMLExtractor().extract(bytes: nested(depth), path: "deep.html")) { error in
                XCTAssertEqual(error as? HTMLError, .tooDeep(path: "deep.html", limit: LibXML2.maximumDepth))
                XCTAssertEqual((error as? HTMLError)?.kind, "too_deep")
            }
        }
    }

    func testDeclaredCharsetContradictedByTheBytesIsReadWithANote() throws {
        let cases: [(String, String, String)] = [
            ("jxzf-2022-125", "gbk", "UTF-8"), ("jxzf-2022-125", "iso-8859-1", "UTF-8"),
            ("jxzf-2022-125", "big5", "UTF-8"), ("jxzf-2022-125-gbk", "big5", "GB18030"),
            ("jxzf-2022-125-gbk", "windows-1252", "GB18030"), ("jxzf-2022-125-gbk", "koi8-r", "GB18030"),
            ("jxzf-2022-125-gbk", "shift_jis", "GB18030"),
        ]
        for (name, label, encoding) in cases {
            let notice = try tableReader.extract(bytes: relabelled(name, as: label), path: "p.html")
            XCTAssertEqual(ReadPage(notice).tables.first?.rows.count, 74, "\(name) as \(label)")
            XCTAssertEqual(notice.encoding, encoding)
            XCTAssertEqual(notice.notes.map(\.check), [.charsetMismatch])
            XCTAssertEqual(notice.notes.first?.message,
                           "the page declares charset \(label) but its bytes read as \(encoding); read as \(encoding)")
            XCTAssertFalse(notice.notes.contains(where: \.isProblem), "a note, not a finding")
        }
    }

    func testTrueDeclarationsGiveNoNote() throws {
        for name in ["jxzf-2022-125", "jxzf-2022-125-gbk", "no-table", "malformed"] {
            XCTAssertEqual(try tableReader.extract(bytes: fixture(name), path: "p.html").notes, [], name)
        }
        // A page without a table, declared in a charset that does not fit it: nothing better found, no note.
        let plain = Array("<html><head><meta charset=\"koi8-r\"></head><body><p>abc</p></body></html>".utf8)
        XCTAssertEqual(try tableReader.extract(bytes: plain, path: "p.html").notes, [])
    }

    func testBytesNoEncodingDecodesAreAnError() {
        // 0xFF is invalid in GB18030 and in UTF-8: the page cannot be decoded whole.
        let bytes = Array("<html><head><meta charset=\"gbk\"></head><body><p>山西</p>".utf8) + [0xFF, 0xFF]
            + Array("<table><tr><td>全省合计</td><td>1</td></tr></table></body></html>".utf8)
        XCTAssertThrowsError(try HTMLExtractor().extract(bytes: bytes, path: "bad.html")) { error in
            XCTAssertEqual(error as? HTMLError, .undecodable(path: "bad.html", encoding: "GB18030", declared: "gbk"))
            XCTAssertEqual((error as? HTMLError)?.kind, "undecodable")
        }
    }

    func testEveryLibXML2FailureIsATypedError() throws {
        let bytes = try fixture("jxzf-2022-125")
        for point in [XMLFault.parserContext, .readMemory] {
            let outcome = XMLFault.$failing.withValue(point) {
                Result { () throws(HTMLError) -> HTMLNotice in try HTMLExtractor().extract(bytes: bytes, path: "p.html") }
            }
            guard case let .failure(.parser(path, _, message)) = outcome else { return XCTFail("\(point): \(outcome)") }
            XCTAssertEqual(path, "p.html")
            XCTAssertFalse(message.isEmpty)
        }
        XCTAssertEqual(try ReadPage(HTMLExtractor().extract(bytes: bytes, path: "p.html")).tables.count, 1)
    }
}
