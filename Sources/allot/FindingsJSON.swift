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

    static func render(_ result: BatchResult) -> String {
        let document = Document(
            notices: result.notices.map { notice in
                NoticeEntry(notice_id: notice.id, source_file: notice.sourceFile, findings: notice.findings.map {
                    FindingEntry(table: $0.table, row: $0.row, page: $0.page, name: $0.name, column: $0.column,
                                 check: $0.check, stated: DatasetCSV.text($0.stated),
                                 computed: DatasetCSV.text($0.computed), difference: DatasetCSV.text($0.difference),
                                 message: $0.message)
                })
            },
            failures: result.failures.map { FailureEntry(file: $0.path, kind: $0.kind, message: $0.description) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
