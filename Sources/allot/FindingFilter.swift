import AllotModel
import ArgumentParser

/// Which findings a command reports and which count for its exit status: `--select`/`--ignore`
/// by check name, `--min-severity`, `--strict` (notes count).
struct FindingFilter: ParsableArguments {
    @Option(help: ArgumentHelp("Report only these checks (comma-separated names, e.g. subtotal,total).",
                               valueName: "CHECK,…"))
    var select: String?

    @Option(help: ArgumentHelp("Leave out these checks (comma-separated names).", valueName: "CHECK,…"))
    var ignore: String?

    @Option(help: "Report findings of this severity and above: error, warning or note (default: note, i.e. all).")
    var minSeverity: Severity = .note

    @Flag(help: "Count notes (an incomplete table, an empty page, no table) as findings: exit 1 on any.")
    var strict = false

    func validate() throws {
        _ = try Self.checks(select, option: "--select")
        _ = try Self.checks(ignore, option: "--ignore")
    }

    /// True when `finding` is reported.
    func reports(_ finding: Finding) -> Bool {
        let selected = (try? Self.checks(select, option: "")) ?? nil
        let ignored = (try? Self.checks(ignore, option: "")) ?? nil
        if let selected, !selected.contains(finding.check) { return false }
        if let ignored, ignored.contains(finding.check) { return false }
        return finding.severity <= minSeverity
    }

    /// True when a reported `finding` makes the exit status 1.
    func counts(_ finding: Finding) -> Bool { finding.isProblem || strict }

    /// The checks a comma-separated list names; an unknown name is an error naming the nearest one.
    static func checks(_ list: String?, option: String) throws -> Set<AllotModel.Check>? {
        guard let list else { return nil }
        var result = Set<AllotModel.Check>()
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let check = AllotModel.Check(rawValue: name) else {
                let hint = Nearest.name(to: name, among: AllotModel.Check.allCases.map(\.rawValue)).map { " (did you mean \($0)?)" } ?? ""
                throw ValidationError("\(option): no check named \(name)\(hint); checks: "
                                      + AllotModel.Check.allCases.map(\.rawValue).joined(separator: ", "))
            }
            result.insert(check)
        }
        return result
    }
}

extension Severity: ExpressibleByArgument {}
