@testable import AllotPDF
import AllotModel
import Foundation
import XCTest

/// Not a check: the dump `Scripts/compare_glyph_dumps.py` reads. With ALLOT_GLYPH_DUMP naming a
/// file of PDF paths (one a line) and ALLOT_GLYPH_DUMP_OUT an output path, writes for every page
/// what the extractor reads of it before any interpretation: the page size, the text, one box per
/// scalar, the font-size runs, and every mark the page paints. Two builds' dumps compared line by
/// line show whether a change to the reading kept every glyph and mark. Skipped when the variables
/// are not set.
final class GlyphDumpTests: XCTestCase {
    func testDumpGlyphsAndMarks() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let list = environment["ALLOT_GLYPH_DUMP"], let out = environment["ALLOT_GLYPH_DUMP_OUT"] else {
            throw XCTSkip("ALLOT_GLYPH_DUMP and ALLOT_GLYPH_DUMP_OUT not set")
        }
        let paths = try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n").map(String.init)
        var lines: [String] = []
        for path in paths {
            guard let pages = try? PageReading(path: path) else {
                lines.append("FILE \(path) unreadable")
                continue
            }
            lines.append("FILE \(path) pages \(pages.count)")
            for index in 0..<pages.count {
                lines.append(contentsOf: pages.dump(index).map { "\(path)\tp\(index + 1)\t\($0)" })
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
}

/// Reads a document's pages as the extractor does: in one pass each (`PopplerPaths`).
private struct PageReading {
    let document: Poppler.Document
    let pages: PopplerPaths.Document?

    init(path: String) throws {
        let file = try PDFExtractor.read(path: path)
        document = try PDFExtractor.open(file, password: nil)
        pages = try? PopplerPaths.open(bytes: file.bytes, password: nil)
    }

    var count: Int { document.pageCount }

    func dump(_ index: Int) -> [String] {
        guard let pages, let read = try? pages.page(at: index) else { return ["text unreadable", "marks unreadable"] }
        var lines: [String] = []
        if let raw = read.raw {
            lines.append("size \(raw.width) \(raw.height)")
            lines.append("text \(raw.text.debugDescription)")
            lines.append("boxes " + stride(from: 0, to: raw.boxes.count - 3, by: 4)
                .map { "\(raw.boxes[$0]),\(raw.boxes[$0 + 1]),\(raw.boxes[$0 + 2]),\(raw.boxes[$0 + 3])" }.joined(separator: " "))
            lines.append("sizes " + raw.fontSizes.map { "\($0.start)-\($0.end):\($0.size)" }.joined(separator: " "))
        } else {
            lines.append("text unreadable")
        }
        lines.append("marks \(read.marks.count)")
        lines.append(contentsOf: read.marks.map(Self.mark))
        return lines
    }

    static func mark(_ mark: PopplerPaths.Mark) -> String {
        "mark \(mark.kind) \(mark.x0) \(mark.y0) \(mark.x1) \(mark.y1) w \(mark.width) clip \(mark.clip.x0) \(mark.clip.y0) "
            + "\(mark.clip.x1) \(mark.clip.y1) bright \(mark.brightest)\(mark.dashed ? " dashed" : "")"
    }
}
