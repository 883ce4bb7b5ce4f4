@testable import AllotPDF
import CPoppler
import Foundation
import XCTest

/// poppler-glib and cairo are opened when first needed, not linked, through declarations of allot's
/// own (`CPoppler/shim.h`): they must be the installed headers' declarations, a library that cannot
/// be loaded must be an error naming what to install, and the opened ones give working functions.
final class CPopplerShimTests: XCTestCase {
    /// `Scripts/cpoppler_shim_check.c` built on the real headers (the functions' types held to them
    /// at compile time) and on the shim prints the same sizes, offsets and constants.
    func testTheShimDeclaresWhatTheInstalledHeadersDeclare() throws {
        let flags = try shell("pkg-config --cflags poppler-glib cairo gio-2.0")
        guard flags.status == 0, try shell("command -v clang").status == 0 else {
            throw XCTSkip("the poppler-glib and cairo headers (libpoppler-glib-dev) or clang are missing: \(flags.output)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-shim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = packageRoot.appendingPathComponent("Scripts/cpoppler_shim_check.c").path
        var printed: [String] = []
        for (name, options) in [("headers", "-DALLOT_REAL_HEADERS " + flags.output), ("shim", "")] {
            let program = folder.appendingPathComponent(name).path
            let build = try shell("clang -Wall -Werror \(options) '\(source)' -o '\(program)'")
            XCTAssertEqual(build.status, 0, "\(name): \(build.output)")
            let run = try shell("'\(program)'")
            XCTAssertEqual(run.status, 0, run.output)
            printed.append(run.output)
        }
        XCTAssertEqual(printed[0].split(separator: "\n").count, 53, printed[0])
        XCTAssertEqual(printed[1], printed[0])
    }

    func testLibrariesThatCannotBeLoadedAreErrorsNamingThePackage() {
        let absent = [
            Poppler.Libraries(popplerGlib: "libpoppler-glib-absent.so.8"), Poppler.Libraries(glib: "libglib-absent.so.0"),
            Poppler.Libraries(gobject: "libgobject-absent.so.0"), Poppler.Libraries(gio: "libgio-absent.so.0"),
        ]
        for libraries in absent {
            guard case let .failure(error) = Poppler.load(libraries) else { return XCTFail("loaded \(libraries)") }
            XCTAssertTrue(error.libraryUnavailable)
            XCTAssertTrue(error.message.contains("-absent.so."), error.message)
            XCTAssertTrue(error.message.contains("(install libpoppler-glib8)"), error.message)
        }
        guard case let .failure(error) = Cairo.load("libcairo-absent.so.2") else { return XCTFail("loaded an absent cairo") }
        XCTAssertTrue(error.libraryUnavailable)
        XCTAssertEqual(error.status, -1)
        XCTAssertTrue(error.message.contains("libcairo-absent.so.2"), error.message)
        XCTAssertTrue(error.message.contains("(install libcairo2)"), error.message)
    }

    func testTheInstalledLibrariesGiveTheirFunctions() throws {
        let poppler = try Poppler.load(Poppler.Libraries()).get()
        XCTAssertEqual(poppler.g_quark_to_string(poppler.poppler_error_quark()).map { String(cString: $0) }, "poppler-quark")
        let cairo = try Cairo.load(ALLOT_CAIRO_SONAME).get()
        XCTAssertEqual(cairo.cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, 10), 40)
        // The statuses allot names are cairo's: each has cairo's message for it.
        let messages: [(cairo_status_t, String)] = [
            (CAIRO_STATUS_SUCCESS, "no error has occurred"), (CAIRO_STATUS_NO_MEMORY, "out of memory"),
            (CAIRO_STATUS_NULL_POINTER, "NULL pointer"), (CAIRO_STATUS_WRITE_ERROR, "error while writing to output stream"),
            (CAIRO_STATUS_INVALID_FORMAT, "invalid value for an input cairo_format_t"),
            (CAIRO_STATUS_INVALID_STRIDE, "invalid value for stride"),
            (CAIRO_STATUS_INVALID_SIZE, "invalid value (typically too big) for the size of the input (surface, pattern, etc.)"),
        ]
        for (status, message) in messages {
            XCTAssertEqual(Cairo.Failure(status, cairo).message, message)
        }
    }

    private func shell(_ command: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
