import AllotModel
import AllotPipeline
import AllotStore
import Foundation

/// The findings and failures of a batch as a JSON document with sorted keys (`allot check --format
/// json`). Each finding is the row findings.csv holds for it, keyed by the same column names, plus
/// its stable id, Chinese labels and its locations (two when two files disagree, or when the finding compares two places: another
/// table's cell, a sentence of the body text).
enum FindingsJSON {
    /// Bumped when a key is renamed or removed (adding keys keeps the version).
    static let schemaVersion = 1

    /// The document being built.
    struct Document {
        var notices: [JSONValue] = []
        var failures: [JSONValue] = []
    }

    static func entry(_ notice: Notice, findings: [(number: Int, finding: Finding)]) -> JSONValue {
        .object([
            "notice_id": .string(notice.id),
            "source_file": .string(notice.sourceFile),
            "findings": .array(findings.map { number, finding in
                guard case var .object(fields) = FindingColumns.record(finding, number: number, of: notice.id).json else {
                    return .null
                }
                fields["check_zh"] = .string(finding.check.labelZH)
                fields["severity_zh"] = .string(finding.severity.labelZH)
                fields["locations"] = .array(locations(finding, in: notice))
                return .object(fields)
            }),
        ])
    }

    /// Where the finding is: the notice's file, and the other file when two disagree.
    static func locations(_ finding: Finding, in notice: Notice) -> [JSONValue] {
        func location(_ file: String) -> JSONValue {
            .object(["file": .string(file), "page": finding.page > 0 ? .integer(finding.page) : .null,
                     "table_no": finding.table > 0 ? .integer(finding.table) : .null,
                     "row_no": finding.row > 0 ? .integer(finding.row) : .null,
                     "column_name": .string(finding.column)])
        }
        let others: [NoticeSource.Role] = switch finding.check {
        case .sourceMismatch: [.crossCheck]
        case .conflictingSources: [.conflicting]
        default: []
        }
        let second = notice.sources.filter { others.contains($0.role) && $0.file != notice.sourceFile }.map(\.file)
        return [location(notice.sourceFile)] + second.map(location) + (finding.related.map { [related($0, in: notice)] } ?? [])
    }

    /// The second place of a finding about two (another table's cell, a sentence of the body text).
    static func related(_ place: FindingLocation, in notice: Notice) -> JSONValue {
        var fields: [String: JSONValue] = [
            "file": .string(notice.sourceFile), "page": place.page > 0 ? .integer(place.page) : .null,
            "table_no": place.table > 0 ? .integer(place.table) : .null,
            "row_no": place.row > 0 ? .integer(place.row) : .null, "column_name": .string(place.column),
            "name": .string(place.name),
        ]
        if let value = place.value { fields["value"] = .string("\(value)") }
        if !place.quote.isEmpty { fields["quote"] = .string(place.quote) }
        return .object(fields)
    }

    static func entry(_ error: ProcessError) -> JSONValue {
        .object(["file": .string(error.path), "kind": .string(error.kind), "message": .string(error.description)])
    }

    static func render(_ document: Document, summary: CheckTally, skipped: [String]) -> String {
        let json = JSONValue.object([
            "schema_version": .integer(schemaVersion),
            "summary": summary.json,
            "notices": .array(document.notices),
            "failures": .array(document.failures),
            "skipped_files": .array(skipped.map(JSONValue.string)),
        ])
        return String(decoding: json.rendered(), as: UTF8.self)
    }
}
