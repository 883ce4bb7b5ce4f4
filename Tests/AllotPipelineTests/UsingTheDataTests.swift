import Foundation
import XCTest

/// README's "Using the data" section runs as written: its sh blocks with `allot` on the PATH, then its
/// python blocks (pandas, DuckDB) with the `.venv` Python, in a scratch folder that sees the
/// repository's Fixtures and Scripts. The loading recipe script checks the types it loads.
final class UsingTheDataTests: XCTestCase {
    /// The fenced blocks of the section, in order, with their language.
    private func blocks() throws -> [(language: String, code: String)] {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: "\n## Using the data\n"))
        let rest = readme[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        var result: [(String, String)] = []
        var current: (language: String, lines: [Substring])?
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let open = current {
                    result.append((open.language, open.lines.joined(separator: "\n") + "\n"))
                    current = nil
                } else {
                    current = (String(line.dropFirst(3)), [])
                }
            } else {
                current?.lines.append(line)
            }
        }
        return result
    }

    func testUsingTheDataRunsAsWritten() throws {
        let venv = packageRoot.appendingPathComponent(".venv/bin")
        guard FileManager.default.isExecutableFile(atPath: venv.appendingPathComponent("python").path) else {
            throw XCTSkip("no .venv: run `make setup` (pandas and DuckDB for the loading recipes)")
        }
        let blocks = try blocks()
        XCTAssertEqual(blocks.map(\.language), ["sh", "python", "python"])
        let folder = try temporaryFolder("allot-readme")
        for name in ["Fixtures", "Scripts"] {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name),
                                                       withDestinationURL: packageRoot.appendingPathComponent(name))
        }
        // python3 is the .venv's (it has pandas and DuckDB), allot the one just built.
        let path = [venv.path, allotExecutable.deletingLastPathComponent().path,
                    ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"].joined(separator: ":")
        for (index, block) in blocks.enumerated() {
            let file = folder.appendingPathComponent("block\(index).\(block.language == "sh" ? "sh" : "py")")
            try Data(block.code.utf8).write(to: file)
            let interpreter = block.language == "sh" ? "set -e\nPATH='\(path)'\n. ./\(file.lastPathComponent)"
                : "PATH='\(path)' exec python3 ./\(file.lastPathComponent)"
            let result = try runTool(URL(fileURLWithPath: "/bin/bash"), ["-c", interpreter], in: folder)
            XCTAssertEqual(result.status, 0, "README block \(index + 1) (\(block.language)) failed:\n\(block.code)\n\(result.output)")
            if block.language == "sh" {
                XCTAssertTrue(result.output.contains("amount sum") && result.output.contains("(DuckDB DECIMAL)"), result.output)
            }
        }
        for made in ["dataset/allocations.csv", "findings.json", "allot.xlsx", "allot.jsonl", "report.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(made).path), made)
        }
    }
}
