import AllotModel
import AllotPipeline
import AllotStore
import Foundation

/// The findings and failures of a batch as a JSON document with sorted keys.
enum FindingsJSON {
    struct Document: Encodable {
        var notices: [NoticeEntry]
        var failures: [FailureEntry]
    }

    struct NoticeEntry: Encodable {
        var notice_id: String
        var source_file: String
        var findings: [FindingEntry]
    }

    struct FindingEntry: Encodable {
        var table: Int
        var row: Int
        var page: Int
        var name: String
        var column: String
        var check: String
        var stated: String
        var computed: String
        var difference: String
        var message: String
    }

    struct FailureEntry: Encodable {
        var file: String
        var kind: String
        var message: String
    }

    static func entry(_ notice: Notice) -> NoticeEntry {
        NoticeEntry(notice_id: notice.id, source_file: notice.sourceFile, findings: notice.findings.map {
            FindingEntry(table: $0.table, row: $0.row, page: $0.page, name: $0.name, column: $0.column,
                         check: $0.check.rawValue, stated: DatasetCSV.text($0.stated),
                         computed: DatasetCSV.text($0.computed), difference: DatasetCSV.text($0.difference),
                         message: $0.message)
        })
    }

    static func entry(_ error: ProcessError) -> FailureEntry {
        FailureEntry(file: error.path, kind: error.kind, message: error.description)
    }

    static func render(_ document: Document) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
