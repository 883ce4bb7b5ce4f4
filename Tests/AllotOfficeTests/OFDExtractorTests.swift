@testable import AllotOffice
import AllotModel
import XCTest

final class OFDExtractorTests: XCTestCase {
    private func ofd(pages: [String], info: String = "") throws -> [UInt8] {
        let ns = #"xmlns:ofd="http://www.ofdspec.org/2016""#
        var members: [(String, [UInt8])] = [
            ("OFD.xml", Array(#"<ofd:OFD \#(ns)><ofd:DocBody><ofd:DocInfo>\#(info)</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"#.utf8)),
        ]
        // listed in reverse file order: the reading order is the Pages list, not the file names
        let refs = pages.indices.reversed().map { #"<ofd:Page ID="\#($0)" BaseLoc="Pages/Page_\#($0)/Content.xml"/>"# }.joined()
        members.append(("Doc_0/Document.xml", Array(#"<ofd:Document \#(ns)><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>\#(refs)</ofd:Pages></ofd:Document>"#.utf8)))
        for (index, content) in pages.enumerated() {
            members.append(("Doc_0/Pages/Page_\(index)/Content.xml",
                            Array(#"<ofd:Page \#(ns)><ofd:Content><ofd:Layer>\#(content)</ofd:Layer></ofd:Content></ofd:Page>"#.utf8)))
        }
        return try zipBytes(members)
    }

    func testDeltaXRunsAndBoundaryPlaceGlyphsInPoints() throws {
        let bytes = try ofd(pages: [#"<ofd:TextObject Boundary="10 20 50 6" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 2 5 2.5">甲乙丙1</ofd:TextCode></ofd:TextObject>"#],
                            info: "<ofd:Title>标题</ofd:Title><ofd:Author>山西省</ofd:Author><ofd:CreationDate>2022-12-06</ofd:CreationDate>")
        let read = try OFDExtractor().extract(path: "m.ofd", bytes: bytes)
        XCTAssertEqual([read.title, read.author, read.creationDate], ["标题", "山西省", "2022-12-06"])
        let glyphs = try XCTUnwrap(read.document.pages.first?.glyphs)
        XCTAssertEqual(glyphs.map(\.text), ["甲", "乙", "丙", "1"])
        let mm = 72 / 25.4
        XCTAssertEqual(glyphs.map { ($0.box.x0 / mm * 1000).rounded() / 1000 }, [10, 15, 20, 22.5])
        XCTAssertEqual(glyphs[0].fontSize, 5 * mm, accuracy: 1e-9)
        XCTAssertEqual(glyphs[0].box.y1, (25 + 5 * 0.12) * mm, accuracy: 1e-9)  // baseline at 20 + 5
        XCTAssertEqual(read.document.pages.first?.width ?? 0, 210 * mm, accuracy: 1e-9)
    }

    func testCTMScalesSizeAndAdvances() throws {
        let bytes = try ofd(pages: [#"<ofd:TextObject Boundary="0 0 50 10" Size="1" CTM="4 0 0 4 0 0"><ofd:TextCode X="0" Y="1" DeltaX="1">甲乙</ofd:TextCode></ofd:TextObject>"#])
        let glyphs = try XCTUnwrap(try OFDExtractor().extract(path: "m.ofd", bytes: bytes).document.pages.first?.glyphs)
        let mm = 72 / 25.4
        XCTAssertEqual(glyphs.map { ($0.box.x0 / mm).rounded() }, [0, 4])
        XCTAssertEqual(glyphs[0].fontSize / mm, 4, accuracy: 1e-9)
    }

    func testPagesFollowThePagesListAndBlocksAreWalked() throws {
        let bytes = try ofd(pages: [
            #"<ofd:TextObject Boundary="0 0 10 10" Size="3"><ofd:TextCode X="0" Y="3">一</ofd:TextCode></ofd:TextObject>"#,
            #"<ofd:PageBlock><ofd:TextObject Boundary="0 0 10 10" Size="3"><ofd:TextCode X="0" Y="3">二</ofd:TextCode></ofd:TextObject></ofd:PageBlock>"#,
        ])
        let pages = try OFDExtractor().extract(path: "m.ofd", bytes: bytes).document.pages
        XCTAssertEqual(pages.map { $0.glyphs.map(\.text).joined() }, ["二", "一"])
        XCTAssertEqual(pages.map(\.number), [1, 2])
    }

    func testHostileRepeatCountIsBounded() throws {
        let bytes = try ofd(pages: [#"<ofd:TextObject Boundary="0 0 10 10" Size="3"><ofd:TextCode X="0" Y="3" DeltaX="g 999999999999 1">甲乙</ofd:TextCode></ofd:TextObject>"#])
        let glyphs = try XCTUnwrap(try OFDExtractor().extract(path: "m.ofd", bytes: bytes).document.pages.first?.glyphs)
        XCTAssertEqual(glyphs.count, 2)
    }

    func testMissingDocRootAndPageAreNamedErrors() throws {
        let noRoot = try zipBytes([("OFD.xml", Array(#"<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>"#.utf8))])
        XCTAssertThrowsError(try OFDExtractor().extract(path: "a.ofd", bytes: noRoot)) {
            XCTAssertEqual(($0 as? OfficeError)?.kind, "missing_part")
        }
        var members = try ofd(pages: ["<ofd:TextObject/>"])
        members = try zipBytes([("OFD.xml", Array(#"<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>../../etc/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"#.utf8))])
        XCTAssertThrowsError(try OFDExtractor().extract(path: "b.ofd", bytes: members)) {
            XCTAssertEqual(($0 as? OfficeError)?.kind, "unsafe_path")
        }
    }
}
