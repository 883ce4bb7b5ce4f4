@testable import AllotOffice
import AllotModel
import AllotTables
import Foundation
import XCTest
import ZIPFoundation

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fixture under Fixtures/office, by name.
func officeFixture(_ name: String) -> String {
    packageRoot.appendingPathComponent("Fixtures/office/\(name)").path
}

/// A ZIP in memory with the given members (name → content), stored or deflated.
func zipBytes(_ members: [(String, [UInt8])], compress: Bool = true) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (name, bytes) in members {
        let data = Data(bytes)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                             compressionMethod: compress ? .deflate : .none) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return [UInt8](archive.data ?? Data())
}

/// A minimal xlsx: one sheet with `sheetData` (and extra worksheet XML after it), shared strings, styles.
func xlsxBytes(sheetData: String, afterSheetData: String = "", columns: String = "", strings: [String] = [],
               styles: String = "", workbookSheets: String? = nil, calcPr: String = "") throws -> [UInt8] {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let sheets = workbookSheets ?? #"<sheet name="表1" sheetId="1" r:id="rId1"/>"#
    let members: [(String, String)] = [
        ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
        ("_rels/.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="\#(main)" xmlns:r="\#(rel)"><sheets>\#(sheets)</sheets>\#(calcPr)</workbook>"#),
        ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="\#(rel)/styles" Target="styles.xml"/></Relationships>"#),
        ("xl/worksheets/sheet1.xml", #"<?xml version="1.0"?><worksheet xmlns="\#(main)">\#(columns)<sheetData>\#(sheetData)</sheetData>\#(afterSheetData)</worksheet>"#),
        ("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="\#(main)">"# + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"),
        ("xl/styles.xml", #"<?xml version="1.0"?><styleSheet xmlns="\#(main)">\#(styles)</styleSheet>"#),
    ]
    return try zipBytes(members.map { ($0.0, Array($0.1.utf8)) })
}

/// The tables the flow table stage reads from an office document.
func tables(_ document: OfficeDocument) -> [RawTable] {
    FlowReader().scan(document.items).tables
}

/// A deterministic generator for fuzzing (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
