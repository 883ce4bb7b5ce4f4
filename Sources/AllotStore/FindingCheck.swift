import AllotModel

/// The one place the dataset reads and writes a finding's check and severity.
enum FindingCheck {
    /// The check's stable name, as the dataset writes it.
    static func name(_ finding: Finding) -> String { finding.check.rawValue }

    /// The check a stored name stands for; nil when the name is unknown.
    static func check(named name: String) -> Check? { Check(rawValue: name) }

    /// error | warning | note.
    static func severity(_ finding: Finding) -> String { finding.severity.rawValue }

    /// Every severity with its Chinese label.
    static let severities = Severity.allCases.map { DatasetColumn.Label($0.rawValue, $0.labelZH) }

    /// SQL giving the severity of the check named in `column`, for stores written before severities existed.
    static func severitySQL(column: String) -> String {
        let cases = Check.allCases.map { "WHEN '\($0.rawValue)' THEN '\($0.severity.rawValue)'" }
        return "CASE \(column) \(cases.joined(separator: " ")) ELSE '\(Severity.error.rawValue)' END"
    }

    /// Every check with its Chinese label.
    static let labels = Check.allCases.map { DatasetColumn.Label($0.rawValue, $0.labelZH) }
}

extension Finding {
    /// The check's stable name as the dataset writes it (subtotal, no_table).
    public var checkName: String { FindingCheck.name(self) }
    /// error | warning | note, as the dataset writes it.
    public var severityName: String { FindingCheck.severity(self) }
}
