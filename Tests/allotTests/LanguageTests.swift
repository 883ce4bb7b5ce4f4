@testable import allot
import Foundation
import XCTest

/// The default language is read from LC_ALL, LC_MESSAGES and LANG, in that order, the first one set
/// and not empty deciding: zh when it starts with zh (any case), English otherwise or when none is.
final class LanguageTests: XCTestCase {
    private let names = ["LC_ALL", "LC_MESSAGES", "LANG"]
    private var saved: [String: String] = [:]

    override func setUp() {
        for name in names { if let value = getenv(name) { saved[name] = String(cString: value) } }
    }

    override func tearDown() {
        for name in names {
            if let value = saved[name] { setenv(name, value, 1) } else { unsetenv(name) }
        }
    }

    private func language(_ values: [String: String?]) -> Language {
        for name in names {
            if let value = values[name] ?? nil { setenv(name, value, 1) } else { unsetenv(name) }
        }
        return Language.fromEnvironment
    }

    func testFirstNonEmptyVariableDecides() {
        XCTAssertEqual(language([:]), .en)
        XCTAssertEqual(language(["LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(language(["LANG": "ZH_tw"]), .zh)
        XCTAssertEqual(language(["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(language(["LANG": "C"]), .en)
        XCTAssertEqual(language(["LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(language(["LC_ALL": "", "LANG": "zh_CN.UTF-8"]), .zh, "an empty variable is passed over")
        XCTAssertEqual(language(["LC_MESSAGES": "zh_CN", "LANG": "en_US"]), .zh)
        XCTAssertEqual(language(["LC_ALL": "zh_HK", "LC_MESSAGES": "en_US", "LANG": "en_US"]), .zh)
        XCTAssertEqual(language(["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]), .en)
    }
}
