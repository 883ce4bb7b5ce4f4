import Foundation
import XCTest

/// Robustness on 196 real-world PDFs from other extractors' test suites (../shared/corpora/peers,
/// never copied into the repository): every file ends in a result or a classified error, never in
/// a crash or a hang; the encrypted and image-only files get their kinds. Skipped when absent.
final class PeerCorpusTests: XCTestCase {
    private let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/peers")

    private var allot: URL { allotExecutable }

    func testEveryPeerFileEndsInAResultOrAClassifiedError() throws {
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("\(corpus.path) is absent: the peer-corpus robustness test is skipped")
        }
        let process = Process()
        process.executableURL = allot
        // The text path's robustness: image-only files are refused, not OCR'd (OCRTests cover that).
        process.arguments = ["check", "--quiet", "--format", "json", "--ocr", "never", corpus.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A hang is a failure: the whole corpus takes a few seconds, so stop it after 300 s.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 300, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        XCTAssertEqual(process.terminationReason, .exit, "allot crashed or hung (stopped after 300 s) on the peer corpus")
        XCTAssertTrue([1, 2].contains(process.terminationStatus))
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let notices = try XCTUnwrap(document["notices"] as? [[String: Any]])
        let failures = try XCTUnwrap(document["failures"] as? [[String: Any]])
        let pdfs = try FileManager.default.subpathsOfDirectory(atPath: corpus.path).filter { $0.lowercased().hasSuffix(".pdf") }
        XCTAssertEqual(notices.count + failures.count, pdfs.count)
        var kinds: [String: String] = [:]
        for failure in failures {
            guard let file = failure["file"] as? String, let kind = failure["kind"] as? String else { continue }
            kinds[URL(fileURLWithPath: file).pathComponents.suffix(2).joined(separator: "/")] = kind
        }
        let known: Set<String> = ["empty_file", "not_a_pdf_or_damaged", "encrypted", "no_text_layer", "poppler_error"]
        XCTAssertTrue(Set(kinds.values).isSubset(of: known), "\(kinds)")
        XCTAssertEqual(kinds["pdfplumber/password-example.pdf"], "encrypted")
        XCTAssertEqual(kinds["tabula-java/encrypted.pdf"], "encrypted")
        XCTAssertEqual(kinds["camelot/image.pdf"], "no_text_layer")
        XCTAssertEqual(kinds["pdfplumber/empty.pdf"], "empty_file")
        XCTAssertNil(kinds["camelot/birdisland.pdf"], "an owner-password-only file opens without a password")
    }
}
