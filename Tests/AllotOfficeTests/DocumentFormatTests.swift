@testable import AllotOffice
import XCTest

final class DocumentFormatTests: XCTestCase {
    func testFormatComesFromTheBytesNotTheName() throws {
        let docx = try [UInt8](Data(contentsOf: URL(fileURLWithPath: officeFixture("jxzf-2022-125.docx"))))
        XCTAssertEqual(DocumentFormat.sniff(path: "notice.pdf", bytes: docx), .docx)
        XCTAssertEqual(DocumentFormat.sniff(path: officeFixture("jxzf-2022-125.xlsx")), .xlsx)
        XCTAssertEqual(DocumentFormat.sniff(path: officeFixture("jxzf-2022-125.ofd")), .ofd)
        XCTAssertEqual(DocumentFormat.sniff(path: officeFixture("jxzf-2022-125.xls")), .xls)
        XCTAssertEqual(DocumentFormat.sniff(path: "x.bin", bytes: Array("\u{FEFF}  <html><body>".utf8)), .html)
        // markup saved under a document's name is an error page, not a notice: read as a (bad) PDF
        XCTAssertEqual(DocumentFormat.sniff(path: "通知.pdf", bytes: Array("<html><body>404".utf8)), .pdf)
        XCTAssertEqual(DocumentFormat.sniff(path: "x.html", bytes: Array("%PDF-1.7".utf8)), .pdf)
        XCTAssertEqual(DocumentFormat.sniff(path: "x.zip", bytes: try zipBytes([("a.pdf", [1])])), .archive)
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        XCTAssertEqual(DocumentFormat.sniff(path: "通知.wps", bytes: ole), .legacyDocument)
        XCTAssertEqual(DocumentFormat.sniff(path: "表.et", bytes: ole), .legacySpreadsheet)
        XCTAssertEqual(DocumentFormat.sniff(path: "表.dat", bytes: ole), .xls)
    }

    func testLegacyDocumentsNeedLibreOffice() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        guard LibreOffice.executable() == nil else {
            throw XCTSkip("LibreOffice is installed: the message for its absence is not tested here")
        }
        XCTAssertThrowsError(try OfficeExtractor().extract(path: "通知.doc", format: .legacyDocument, bytes: ole)) {
            XCTAssertEqual(($0 as? OfficeError)?.kind, "unsupported_format")
            XCTAssertTrue("\($0)".contains("libreoffice-writer"))
        }
    }
}
