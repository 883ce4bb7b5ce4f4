import AllotModel
import Foundation

/// `allot check --format junit`: one test suite, one test case per notice (failed by its counted
/// findings) and per unreadable file (an error), for CI dashboards.
struct JUnitReport {
    private struct Case {
        var text: String
        var failed = false
        var error = false
    }

    private var cases: [Case] = []
    /// A notice given again (a later file of the batch joined it) replaces its test case.
    private var caseOfNotice: [String: Int] = [:]

    mutating func add(notice: Notice, findings: [(finding: Finding, counts: Bool)]) {
        var body = ""
        for (finding, counts) in findings {
            let text = [finding.fileAndPage(notice.sourceFile), finding.place, "[\(finding.check.rawValue)]", finding.message]
                .filter { !$0.isEmpty }.joined(separator: " ")
            if counts {
                body += "\n      <failure type=\"\(Self.escape(finding.check.rawValue))\" "
                    + "message=\"\(Self.escape(finding.severity.rawValue + ": " + finding.message))\">"
                    + Self.escape(text) + "</failure>"
            } else {
                body += "\n      <system-out>\(Self.escape(text))</system-out>"
            }
        }
        let testCase = Case(text: "    <testcase classname=\"\(Self.escape(notice.sourceFile))\" name=\"\(Self.escape(notice.id))\">"
                                 + body + (body.isEmpty ? "" : "\n    ") + "</testcase>",
                            failed: findings.contains(where: \.counts))
        if let index = caseOfNotice[notice.id], cases.indices.contains(index) {
            cases[index] = testCase
        } else {
            caseOfNotice[notice.id] = cases.count
            cases.append(testCase)
        }
    }

    mutating func add(unreadable path: String, kind: String, message: String) {
        cases.append(Case(text: "    <testcase classname=\"\(Self.escape(path))\" name=\"\(Self.escape(path))\">\n"
                          + "      <error type=\"\(Self.escape(kind))\" message=\"\(Self.escape(message))\"/>\n    </testcase>",
                          error: true))
    }

    func render() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
            + "  <testsuite name=\"allot check\" tests=\"\(cases.count)\" "
            + "failures=\"\(cases.filter(\.failed).count)\" errors=\"\(cases.filter(\.error).count)\">\n"
            + cases.map { $0.text + "\n" }.joined() + "  </testsuite>\n</testsuites>\n"
    }

    /// XML text and attribute escaping; control characters XML 1.0 forbids become spaces.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default: result.unicodeScalars.append(scalar.value < 0x20 ? " " : scalar)
            }
        }
        return result
    }
}
