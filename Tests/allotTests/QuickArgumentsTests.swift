@testable import allot
import ArgumentParser
import XCTest

/// The quick reader of the usual command lines must build the very command ArgumentParser builds, or
/// leave the line to it.
final class QuickArgumentsTests: XCTestCase {
    /// Lines the quick reader takes: each must give what ArgumentParser gives, property by property.
    static let quickLines = [
        "ingest a.pdf", "ingest a.pdf b.html dir", "ingest --jobs 1 a.pdf --out ds", "ingest -j 2 -q -o ds a.pdf",
        "ingest --quiet --excel --no-wait a.pdf", "ingest --password secret --ocr never a.pdf",
        "ingest --ocr always --source-url https://example.gov.cn/a.html a.html",
        "ingest --max-file-mb 10 --max-html-mb 2 --max-pages 5 --max-glyphs 100 --max-rows 7 --max-zip-members 3 a.pdf",
        "ingest --jobs +3 a.pdf", "ingest help", "ingest", "ingest --quiet", "ingest check", "ingest a.pdf --out -",
        "rebuild a.pdf", "rebuild --allow-failures --jobs 1 -q dir --out ds", "rebuild --excel --no-wait a.pdf b.pdf",
        "check a.pdf", "check -q a.pdf", "check --format json a.pdf", "check --format junit --out report.xml a.pdf",
        "check --out - a.pdf", "check -o - --format text a.pdf", "check --select subtotal,total a.pdf",
        "check --ignore total --min-severity warning --strict a.pdf", "check --lang zh a.pdf", "check --lang en -j 1 a.pdf",
        "check --min-severity error --ocr auto --max-pages 3 a.pdf", "check", "check --select subtotal, a.pdf",
    ]

    /// Lines left to ArgumentParser (help, `=`, grouped flags, repeats, bad values, failed validation, other commands).
    static let parserLines = [
        "ingest --help", "ingest -h", "check --help", "ingest --version", "--version", "help ingest",
        "ingest --jobs=2 a.pdf", "ingest -qj 2 a.pdf", "ingest -- -a.pdf", "ingest - a.pdf", "ingest --jobs 1 --jobs 2 a.pdf",
        "ingest -q -q a.pdf", "ingest --jobs two a.pdf", "ingest --jobs 0 a.pdf", "ingest --jobs -1 a.pdf", "ingest --jobs",
        "ingest --out -x a.pdf", "ingest --max-file-mb 4096 a.pdf", "ingest --source-url ftp://x a.pdf",
        "ingest --source-url https://x.cn a.pdf b.pdf", "ingest --ocr sometimes a.pdf", "ingest --format json a.pdf",
        "ingest --strict a.pdf", "ingest --allow-failures a.pdf", "check --excel a.pdf", "check --format xml a.pdf",
        "check --select nosuchcheck a.pdf", "check --min-severity fatal a.pdf", "check --lang fr a.pdf",
        "check --generate-completion-script bash", "ingest --generate-completion-script", "show a.pdf", "diff a b",
        "export ds", "ingest --experimental-dump-help", "",
    ]

    func testQuickLinesGiveArgumentParsersCommand() throws {
        for line in Self.quickLines {
            let arguments = Self.words(line)
            let quick = try XCTUnwrap(QuickArguments.command(arguments), "not read quickly: \(line)")
            let parsed = try Allot.parseAsRoot(arguments)
            XCTAssertEqual(Self.dump(quick), Self.dump(parsed), line)
        }
    }

    func testOtherLinesAreLeftToArgumentParser() {
        for line in Self.parserLines {
            XCTAssertNil(QuickArguments.command(Self.words(line)), line)
        }
    }

    /// A command read quickly sets every property: one left as declared would trap when read, and its
    /// dump would show the definition where ArgumentParser's shows a value.
    func testQuickCommandsSetEveryProperty() throws {
        for line in ["ingest a.pdf", "rebuild a.pdf", "check a.pdf"] {
            let quick = try XCTUnwrap(QuickArguments.command(Self.words(line)))
            let text = Self.dump(quick)
            XCTAssertFalse(text.contains("definition"), "\(line):\n\(text)")
            XCTAssertTrue(text.contains(".value"), "\(line):\n\(text)")
        }
    }

    private static func words(_ line: String) -> [String] {
        line.split(separator: " ").map(String.init)
    }

    /// Every property's value, nested groups included. An option group's title (help text: "Limits")
    /// is left out: the wrapper keeps it from its declaration, and ArgumentParser's decoded one has none.
    private static func dump(_ command: ParsableCommand) -> String {
        var text = ""
        Swift.dump(command, to: &text)
        return text.split(separator: "\n").filter { !$0.hasPrefix(" ") || !$0.drop { $0 == " " }.hasPrefix("- title: ") }
            .joined(separator: "\n")
    }
}
