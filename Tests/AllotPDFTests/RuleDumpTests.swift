@testable import AllotPDF
import AllotModel
import Foundation
import XCTest

/// Not a check: the dump `Scripts/compare_rules.py` reads. With ALLOT_RULE_DUMP naming a file of
/// PDF paths (one a line) and ALLOT_RULE_DUMP_OUT an output path, writes one JSON line per page
/// that holds digits enough to be looked at: the rules read from the page's marks and the rules
/// found on the page rendered (the pipeline's settings), and the boxes of the images it paints.
/// Skipped when the variables are not set.
final class RuleDumpTests: XCTestCase {
    func testDumpRulesBothWays() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let list = environment["ALLOT_RULE_DUMP"], let out = environment["ALLOT_RULE_DUMP_OUT"] else {
            throw XCTSkip("ALLOT_RULE_DUMP and ALLOT_RULE_DUMP_OUT not set")
        }
        let paths = try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n").map(String.init)
        var lines: [String] = []
        let settings = RuleSettings.whereTablesMayBe
        let extractor = RuleExtractor(settings: settings)
        for path in paths {
            guard let file = try? PDFExtractor.read(path: path), let document = try? PDFExtractor.open(file, password: nil),
                  let vectors = try? PopplerPaths.open(bytes: file.bytes, password: nil) else {
                lines.append(Self.json(["file": path, "error": "unreadable"]))
                continue
            }
            for index in 0..<document.pageCount {
                guard let loaded = document.loadPage(at: index), let raw = loaded.raw() else { continue }
                let page = GlyphAssembler.page(number: index + 1, raw: raw)
                guard extractor.worthLooking(page) else { continue }
                let rendered = extractor.renderedRules(of: loaded, page: page) ?? []
                var record: [String: Any] = ["file": path, "page": index + 1, "raster": rendered.map(Self.fields)]
                do {
                    let marks = try vectors.page(at: index).marks
                    record["vector"] = (extractor.rules(of: marks, page: page) { loaded } ?? []).map(Self.fields)
                    record["images"] = marks.filter { $0.kind == .image }.map { [$0.x0, $0.y0, $0.x1, $0.y1] }
                    record["dashed"] = marks.filter(\.dashed).count
                } catch {
                    record["error"] = error.message
                }
                lines.append(Self.json(record))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }

    /// With ALLOT_MARKS_DUMP=PATH:PAGE, prints every mark the page paints (for looking into a difference).
    func testDumpMarksOfOnePage() throws {
        guard let spec = ProcessInfo.processInfo.environment["ALLOT_MARKS_DUMP"],
              let colon = spec.lastIndex(of: ":"), let number = Int(spec[spec.index(after: colon)...]) else {
            throw XCTSkip("ALLOT_MARKS_DUMP not set")
        }
        let file = try PDFExtractor.read(path: String(spec[..<colon]))
        for mark in try PopplerPaths.open(bytes: file.bytes, password: nil).page(at: number - 1).marks {
            print("MARK", mark.kind, mark.x0, mark.y0, mark.x1, mark.y1, "w", mark.width, "clip", mark.clip,
                  "bright", mark.brightest, mark.dashed ? "dashed" : "")
        }
    }

    /// With ALLOT_MARKS_LIST naming a file of PDF paths and ALLOT_MARKS_OUT an output path, writes
    /// every mark of every page, one line each (for proving a change to the marks leaves pages
    /// that do not use it as they were: diff the files written before and after).
    func testDumpMarksOfListedFiles() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let list = environment["ALLOT_MARKS_LIST"], let out = environment["ALLOT_MARKS_OUT"] else {
            throw XCTSkip("ALLOT_MARKS_LIST and ALLOT_MARKS_OUT not set")
        }
        var lines: [String] = []
        for path in try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n").map(String.init) {
            guard let file = try? PDFExtractor.read(path: path),
                  let pages = try? PopplerPaths.open(bytes: file.bytes, password: nil) else {
                lines.append("\(path) unreadable")
                continue
            }
            for index in 0..<pages.pageCount {
                guard let marks = try? pages.page(at: index).marks else {
                    lines.append("\(path) p.\(index + 1) error")
                    continue
                }
                lines += marks.map { mark in
                    "\(path) p.\(index + 1) \(mark.kind) \(mark.x0) \(mark.y0) \(mark.x1) \(mark.y1) \(mark.width) "
                        + "\(mark.clip) \(mark.brightest) \(mark.dashed)"
                }
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }

    private static func fields(_ rule: Rule) -> [Any] {
        [rule.axis == .horizontal ? "h" : "v", rule.position, rule.start, rule.end, rule.thickness]
    }

    private static func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
