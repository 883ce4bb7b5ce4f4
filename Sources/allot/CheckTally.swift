import AllotModel
import AllotStore

/// What a `check` run saw: notices, findings reported by severity and check, what counts for the
/// exit status, unreadable and skipped files.
struct CheckTally {
    var notices = 0
    var tables = 0
    var rows = 0
    var unreadable = 0
    var skipped = 0
    var interrupted = 0
    /// Reported findings that make the exit status 1.
    var counted = 0
    var bySeverity: [Severity: Int] = [:]
    var byCheck: [AllotModel.Check: Int] = [:]

    mutating func add(_ finding: Finding, counts: Bool) {
        bySeverity[finding.severity, default: 0] += 1
        byCheck[finding.check, default: 0] += 1
        if counts { counted += 1 }
    }

    var reported: Int { bySeverity.values.reduce(0, +) }

    /// 2 when some input could not be read or nothing was read, 1 on a counted finding, else 0.
    var exitStatus: Int32 {
        if unreadable > 0 || interrupted > 0 || notices == 0 { return 2 }
        return counted > 0 ? 1 : 0
    }

    var json: JSONValue {
        .object([
            "notices": .integer(notices), "tables": .integer(tables), "rows": .integer(rows),
            "unreadable_files": .integer(unreadable), "skipped_files": .integer(skipped),
            "not_started": .integer(interrupted),
            "findings": .integer(reported), "counted_findings": .integer(counted),
            "by_severity": .object(Dictionary(uniqueKeysWithValues: Severity.allCases.map {
                ($0.rawValue, JSONValue.integer(bySeverity[$0] ?? 0))
            })),
            "by_check": .object(Dictionary(uniqueKeysWithValues: byCheck.map { ($0.key.rawValue, JSONValue.integer($0.value)) })),
            "exit_status": .integer(Int(exitStatus)),
        ])
    }

    /// One line: "3 notices checked, 2 findings (1 error, 1 warning), 0 notes, 0 unreadable".
    func line(_ language: Language) -> String {
        let errors = bySeverity[.error] ?? 0, warnings = bySeverity[.warning] ?? 0, notes = bySeverity[.note] ?? 0
        let problems = errors + warnings
        switch language {
        case .zh:
            return "已核对 \(notices) 份通知：\(problems) 项发现（错误 \(errors)，警告 \(warnings)），提示 \(notes) 项，"
                + "无法读取 \(unreadable) 个文件，跳过 \(skipped) 个文件"
        case .en:
            return "\(Plural.count(notices, "notice")) checked, \(Plural.count(problems, "finding")) "
                + "(\(Plural.count(errors, "error")), \(Plural.count(warnings, "warning"))), \(Plural.count(notes, "note")), "
                + "\(unreadable) unreadable, \(Plural.count(skipped, "file")) skipped"
        }
    }
}

/// English plurals: "1 notice", "2 notices".
enum Plural {
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}
