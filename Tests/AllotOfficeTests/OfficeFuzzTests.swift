@testable import AllotOffice
import Foundation
import XCTest
import ZIPFoundation

/// Damaged packages of every new reader, from a fixed seed: truncated and bit-flipped files,
/// parts replaced by broken XML, relationships pointing nowhere or out of the package. Each must
/// give a named error naming the file, or a result; never a crash or a hang.
final class OfficeFuzzTests: XCTestCase {
    private static let fixtures: [(String, DocumentFormat)] = [
        ("jxzf-2022-125.xlsx", .xlsx), ("gansu-two-tables-fullwidth-dash-wrap.docx", .docx),
        ("shanxi-divisions-aliases.ofd", .ofd), ("shanxi-divisions-aliases.xls", .xls),
        ("jxzf-2022-125-formula-cache.xls", .xls),
    ]

    private func extract(_ bytes: [UInt8], format: DocumentFormat, path: String) {
        do {
            if format == .ofd {
                _ = try OFDExtractor().extract(path: path, bytes: bytes)
            } else {
                _ = try OfficeExtractor().extract(path: path, format: format, bytes: bytes)
            }
        } catch {
            XCTAssertEqual(error.path, path)
            XCTAssertFalse(error.kind.isEmpty)
        }
    }

    func testTruncatedAndFlippedFilesGiveNamedErrors() throws {
        var generator = SeededGenerator(state: 20_221_206)
        for (name, format) in Self.fixtures {
            let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: officeFixture(name))))
            for _ in 0..<15 {
                let cut = Int.random(in: 0..<original.count, using: &generator)
                extract(Array(original.prefix(cut)), format: format, path: "cut-\(name)")
            }
            for _ in 0..<15 {
                var mutated = original
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    let index = Int.random(in: 0..<mutated.count, using: &generator)
                    mutated[index] = UInt8.random(in: 0...255, using: &generator)
                }
                extract(mutated, format: format, path: "flipped-\(name)")
            }
        }
    }

    func testBrokenXMLPartsAndWrongRelationshipsGiveNamedErrors() throws {
        var generator = SeededGenerator(state: 125)
        for (name, format) in Self.fixtures where format != .xls {
            let archive = try Archive(url: URL(fileURLWithPath: officeFixture(name)), accessMode: .read)
            var members: [(String, [UInt8])] = []
            for entry in archive where entry.type == .file {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                members.append((entry.path, [UInt8](data)))
            }
            for index in members.indices where members[index].0.hasSuffix(".xml") || members[index].0.hasSuffix(".rels") {
                var broken = members
                let content = members[index].1
                let cut = Int.random(in: 0..<max(content.count, 1), using: &generator)
                broken[index].1 = Array(content.prefix(cut))
                extract(try zipBytes(broken), format: format, path: "cut-part-\(name)")
                broken[index].1 = Array(#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "bbbbbbbb"><!ENTITY c "&b;&b;&b;&b;&b;&b;">]><a>&c;</a>"#.utf8)
                extract(try zipBytes(broken), format: format, path: "doctype-\(name)")
                broken[index].1 = (0..<200).map { _ in UInt8.random(in: 0...255, using: &generator) }
                extract(try zipBytes(broken), format: format, path: "garbage-\(name)")
            }
            for target in ["nowhere.xml", "../../../etc/passwd", "/", ""] {
                let rewired = members.map { member -> (String, [UInt8]) in
                    guard member.0.hasSuffix(".rels") || member.0 == "OFD.xml" || member.0.hasSuffix("Document.xml") else {
                        return member
                    }
                    let text = String(decoding: member.1, as: UTF8.self)
                        .replacingOccurrences(of: #"Target="[^"]*""#, with: "Target=\"\(target)\"", options: .regularExpression)
                        .replacingOccurrences(of: #"BaseLoc="[^"]*""#, with: "BaseLoc=\"\(target)\"", options: .regularExpression)
                        .replacingOccurrences(of: #"<ofd:DocRoot>[^<]*<"#, with: "<ofd:DocRoot>\(target)<", options: .regularExpression)
                    return (member.0, Array(text.utf8))
                }
                let path = "rewired-\(name)"
                do {
                    if format == .ofd {
                        _ = try OFDExtractor().extract(path: path, bytes: try zipBytes(rewired))
                    } else {
                        _ = try OfficeExtractor().extract(path: path, format: format, bytes: try zipBytes(rewired))
                    }
                    XCTFail("\(name) with every relationship pointing to \(target) was read")
                } catch {
                    XCTAssertTrue(["missing_part", "unsafe_path", "bad_xml"].contains((error as? OfficeError)?.kind ?? ""), "\(error)")
                }
            }
        }
    }

    func testEntityDeclarationsAreRefusedAsBadXML() throws {
        let bytes = try xlsxBytes(sheetData: "", strings: [])
        var members: [(String, [UInt8])] = []
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            members.append((entry.path, [UInt8](data)))
        }
        for index in members.indices where members[index].0 == "xl/worksheets/sheet1.xml" {
            members[index].1 = Array(#"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><worksheet><sheetData/></worksheet>"#.utf8)
        }
        XCTAssertThrowsError(try OfficeExtractor().extract(path: "bomb.xlsx", format: .xlsx, bytes: try zipBytes(members))) {
            XCTAssertEqual(($0 as? OfficeError)?.kind, "bad_xml")
        }
    }
}
