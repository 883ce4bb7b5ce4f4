import AllotModel
import AllotPipeline
import AllotStore
import Foundation
import XCTest
import ZIPFoundation

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fixture notice by file name (without .pdf), as the user would name it.
func fixturePath(_ name: String) -> String {
    "Fixtures/notices/\(name).pdf"
}

/// Processes a fixture from the package root, so source paths in outputs are stable.
func processFixture(_ name: String) throws -> Notice {
    FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
    return try NoticeProcessor().process(path: fixturePath(name))
}

/// Rows of a CSV file under the package root as dictionaries, read by the dataset's CSV reader.
func readSimpleCSV(_ relativePath: String) throws -> [[String: String]] {
    try CSVTable.read(packageRoot.appendingPathComponent(relativePath)).keyedRows.map(\.fields)
}

/// Compares `actual` with the golden file; with ALLOT_RECORD=1 in the environment, rewrites it.
func assertGolden(_ actual: String, _ relativePath: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let url = packageRoot.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["ALLOT_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let where_ = firstDifference.map { "line \($0.offset + 1): expected \($0.element.0) got \($0.element.1)" }
            ?? "line counts \(expectedLines.count) vs \(actualLines.count)"
        XCTFail("\(relativePath) differs from golden (\(where_)); rerun with ALLOT_RECORD=1 to record", file: file, line: line)
    }
}

/// The `allot` executable built next to the test bundle (`swift build --build-tests` builds it).
let allotExecutable: URL = {
    final class Marker {}
    let bundle = Bundle(for: Marker.self).bundleURL
    let candidates = [bundle.appendingPathComponent("allot"), bundle.deletingLastPathComponent().appendingPathComponent("allot"),
                      Bundle.main.bundleURL.appendingPathComponent("allot")]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
}()

/// Runs `allot` from the package root (through /bin/sh when `shell` prefixes it, e.g. `ulimit -f 64;`)
/// and returns its exit status, standard output and standard error.
func runAllot(_ arguments: [String], shell: String? = nil) throws -> (status: Int32, output: String, errors: String) {
    let process = try startAllot(arguments, shell: shell)
    let output = process.output.fileHandleForReading.readDataToEndOfFile()
    let errors = process.errors.fileHandleForReading.readDataToEndOfFile()
    process.process.waitUntilExit()
    return (process.process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
}

/// Starts `allot` from the package root with its output and errors piped.
func startAllot(_ arguments: [String], shell: String? = nil) throws -> (process: Process, output: Pipe, errors: Pipe) {
    let process = Process()
    if let shell {
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", shell + " exec \"$0\" \"$@\"", allotExecutable.path] + arguments
    } else {
        process.executableURL = allotExecutable
        process.arguments = arguments
    }
    process.currentDirectoryURL = packageRoot
    let (output, errors) = (Pipe(), Pipe())
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    return (process, output, errors)
}

/// A ZIP archive in memory (ZIPFoundation), members deflated.
func zipArchive(_ members: [(String, Data)]) throws -> Data {
    let archive = try ZIPFoundation.Archive(data: Data(), accessMode: .create)
    for (name, data) in members {
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return archive.data ?? Data()
}

/// Runs any executable in `folder` (default: the package root); standard output and error together.
func runTool(_ executable: URL, _ arguments: [String], in folder: URL = packageRoot) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

extension XCTestCase {
    /// A new empty folder under the temporary directory, removed when the test ends.
    func temporaryFolder(_ prefix: String = "allot-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
