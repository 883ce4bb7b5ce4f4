import Foundation
import XCTest

/// `make install PREFIX=…` as a user gets it: the installed binary, copied to another folder, runs
/// with the package's build folder out of reach (a tmpfs mounted over it in a private mount
/// namespace), and the man page and shell completions are there. `make test` installs into
/// `.build/install-test` first; run alone, the test is skipped when that tree is absent.
final class InstallTests: XCTestCase {
    private let installed = packageRoot.appendingPathComponent(".build/install-test")

    private func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        try runTool(URL(fileURLWithPath: executable), arguments, in: folder)
    }

    func testInstalledBinaryRunsWithTheBuildFolderGone() throws {
        let binary = installed.appendingPathComponent("bin/allot")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("no .build/install-test: `make test` installs it (make install PREFIX=.build/install-test)")
        }
        for file in ["share/man/man1/allot.1", "share/bash-completion/completions/allot",
                     "share/zsh/site-functions/_allot", "share/fish/vendor_completions.d/allot.fish"] {
            let text = try String(contentsOf: installed.appendingPathComponent(file), encoding: .utf8)
            XCTAssertTrue(text.contains("check"), "\(file) names no subcommand")
        }
        let man = try String(contentsOf: installed.appendingPathComponent("share/man/man1/allot.1"), encoding: .utf8)
        for word in ["\\-\\-min\\-severity", "junit", "EXIT STATUS", "allot export"] {
            XCTAssertTrue(man.contains(word), "man page lacks \(word)")
        }

        // The installed tree copied elsewhere, and a notice beside it: nothing refers to the package.
        let elsewhere = try temporaryFolder("allot-install")
        try FileManager.default.copyItem(at: installed.appendingPathComponent("bin"), to: elsewhere.appendingPathComponent("bin"))
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Fixtures/notices/jxzf-2022-125-misprint.pdf"),
                                         to: elsewhere.appendingPathComponent("notice.pdf"))
        let copy = elsewhere.appendingPathComponent("bin/allot").path
        let ldd = try run("/usr/bin/ldd", [copy], in: elsewhere)
        XCTAssertFalse(ldd.output.contains("libswiftCore"), "the Swift standard library is not linked statically:\n\(ldd.output)")

        let check = ["check", "--quiet", "--lang", "en", "notice.pdf"]
        let hidden: (status: Int32, output: String)
        if try run("/usr/bin/unshare", ["-m", "true"], in: elsewhere).status == 0 {
            // The build folder replaced by an empty tmpfs for this process only.
            let build = packageRoot.appendingPathComponent(".build").path
            hidden = try run("/usr/bin/unshare", ["-m", "/bin/sh", "-c",
                                                  "mount -t tmpfs none \"$0\" && exec \"$@\"", build, copy] + check, in: elsewhere)
        } else {
            hidden = try run(copy, check, in: elsewhere)
        }
        XCTAssertEqual(hidden.status, 1, hidden.output)
        XCTAssertTrue(hidden.output.contains("notice.pdf:") && hidden.output.contains("[subtotal]"), hidden.output)
    }
}
