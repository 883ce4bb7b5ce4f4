import AllotModel
import AllotPipeline
import AllotStore
import Foundation

/// The findings and failures of a batch as a JSON document with sorted keys. Each finding is the row
/// findings.csv holds for it, keyed by the same column names (see `FindingColumns`).
enum FindingsJSON {
    /// The document being built.
    struct Document {
        var notices: [JSONValue] = []
        var failures: [JSONValue] = []
    }

    static func entry(_ notice: Notice) -> JSONValue {
        .object([
            "notice_id": .string(notice.id),
            "source_file": .string(notice.sourceFile),
            "findings": .array(notice.findings.enumerated().map { index, finding in
                FindingColumns.record(finding, number: index + 1, of: notice.id).json
            }),
        ])
    }

    static func entry(_ error: ProcessError) -> JSONValue {
        .object(["file": .string(error.path), "kind": .string(error.kind), "message": .string(error.description)])
    }

    static func render(_ document: Document) -> String {
        let json = JSONValue.object(["notices": .array(document.notices), "failures": .array(document.failures)])
        return String(decoding: json.rendered().dropLast(), as: UTF8.self)
    }
}
