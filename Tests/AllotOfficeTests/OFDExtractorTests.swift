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
        XCTAssertEqual(glyphs[0].box.y1, (25 + 5 * 0.12) * mm, accuracy: OFDGeometry.edgePrecision / 2)  // baseline at 20 + 5, edges to 0.001 pt
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

    /// Table borders drawn as PathObjects are the page's ruling lines, in points from the top-left:
    /// a stroked line (Boundary origin plus the path, through the CTM), pieces of one line between
    /// cells joined, a closed cell box's four sides, a thin filled box; a slanted stroke, a curve and
    /// an invisible path are none. A page without paths has no rules looked for (before, every
    /// ruled table of an OFD read as an unruled one).
    func testPathObjectsAreRulingLines() throws {
        // the helper lists its pages in reverse order: the paths' page is read first
        let bytes = try ofd(pages: [#"""
            <ofd:PathObject Boundary="10 20 100 1" LineWidth="0.2"><ofd:AbbreviatedData>M 0 0.5 L 40 0.5</ofd:AbbreviatedData></ofd:PathObject>
            <ofd:PathObject Boundary="50 20 100 1" LineWidth="0.2"><ofd:AbbreviatedData>M 0 0.5 L 60 0.5</ofd:AbbreviatedData></ofd:PathObject>
            <ofd:PathObject Boundary="10 30 20 10" CTM="2 0 0 2 0 0"><ofd:AbbreviatedData>S 0 0 L 10 0 L 10 5 L 0 5 C</ofd:AbbreviatedData></ofd:PathObject>
            <ofd:PathObject Boundary="0 60 100 0.3" Stroke="false" Fill="true"><ofd:AbbreviatedData>M 0 0 L 80 0 L 80 0.3 L 0 0.3 C</ofd:AbbreviatedData></ofd:PathObject>
            <ofd:PathObject Boundary="0 80 50 50"><ofd:AbbreviatedData>M 0 0 L 40 40 M 0 45 B 10 40 20 40 30 45</ofd:AbbreviatedData></ofd:PathObject>
            <ofd:PathObject Boundary="0 90 50 1" Visible="false"><ofd:AbbreviatedData>M 0 0 L 40 0</ofd:AbbreviatedData></ofd:PathObject>
            """#, #"<ofd:TextObject Boundary="10 20 50 6" Size="5"><ofd:TextCode X="0" Y="5">甲</ofd:TextCode></ofd:TextObject>"#].reversed())
        let pages = try OFDExtractor().extract(path: "m.ofd", bytes: bytes).document.pages
        let mm = 72 / 25.4
        func rounded(_ rule: Rule) -> [String] {
            [rule.axis.rawValue] + [rule.position, rule.start, rule.end].map { String(format: "%.1f", $0 / mm) }
        }
        XCTAssertNil(pages[1].rules)
        XCTAssertEqual(try XCTUnwrap(pages[0].rules).map(rounded), [
            ["horizontal", "20.5", "10.0", "110.0"],  // two pieces of one line
            ["horizontal", "30.0", "10.0", "30.0"], ["horizontal", "40.0", "10.0", "30.0"],  // the box, CTM 2
            ["horizontal", "60.1", "0.0", "80.0"],  // a thin filled box
            ["vertical", "10.0", "30.0", "40.0"], ["vertical", "30.0", "30.0", "40.0"],
        ])
        XCTAssertEqual(pages[0].rules?.first?.thickness ?? 0, 0.2 * mm, accuracy: 1e-9)
        XCTAssertEqual(OFDRules.subpaths("M 0 0 L 1 0 Q 2 2 3 0 L 4 0 C").map(\.count), [2, 3])
    }

    /// Glyph edges are kept to 0.001 pt: two lines that meet in the file meet in points too. A
    /// centred header word's box ends where the next header line's begins (37.1518 mm, both through
    /// a CTM); in floating point one came out 1e-14 above the other, and the header read them as
    /// apart on one page and touching on another.
    func testBoxesThatMeetInTheFileMeetInPoints() throws {
        let bytes = try ofd(pages: [#"""
            <ofd:TextObject Boundary="64.7833 33.5958 9.525 4.445" Size="1" CTM="3.175 0 0 3.175 0 0"><ofd:TextCode X="0" Y="1">项</ofd:TextCode></ofd:TextObject>
            <ofd:TextObject Boundary="110.6444 36.7708 62.0889 4.445" Size="1" CTM="3.175 0 0 3.175 0 0"><ofd:TextCode X="0" Y="1">合</ofd:TextCode></ofd:TextObject>
            """#])
        let glyphs = try XCTUnwrap(try OFDExtractor().extract(path: "m.ofd", bytes: bytes).document.pages.first?.glyphs)
        XCTAssertEqual(glyphs.count, 2)
        XCTAssertEqual(glyphs.first?.box.y1, glyphs.last?.box.y0)
    }

    /// Hostile path data (commands without operands, huge or non-finite numbers, endless runs)
    /// gives some rules or none, never a trap, and never a rule at an infinite place.
    func testHostilePathDataNeverTraps() throws {
        var generator = SeededGenerator(state: 33)
        let words = ["M", "L", "S", "C", "Q", "B", "A", "0", "1e308", "-1e308", "nan", "inf", "12.5", "-3", ",", "x"]
        for _ in 0..<300 {
            let data = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                words[Int.random(in: 0..<words.count, using: &generator)]
            }.joined(separator: " ")
            let bytes = try ofd(pages: [#"<ofd:PathObject Boundary="0 0 10 10" CTM="1e308 0 0 1e308 0 0"><ofd:AbbreviatedData>\#(data)</ofd:AbbreviatedData></ofd:PathObject><ofd:PathObject Boundary="0 0 10 10" Fill="true" Stroke="false"><ofd:AbbreviatedData>\#(data)</ofd:AbbreviatedData></ofd:PathObject>"#])
            let rules = try OFDExtractor().extract(path: "m.ofd", bytes: bytes).document.pages.first?.rules ?? []
            XCTAssertTrue(rules.allSatisfy { [$0.position, $0.start, $0.end, $0.thickness].allSatisfy(\.isFinite) }, data)
            _ = OFDRules.subpaths(data)
        }
    }
}
