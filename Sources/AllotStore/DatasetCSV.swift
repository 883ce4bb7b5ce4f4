import AllotModel
import Foundation

/// The dataset's CSV files: built from processed notices, exported from SQLite, or read back from a folder.
public struct DatasetCSV: Sendable, Equatable {
    private var tables: [DatasetTable: CSVTable]

    /// Empty files with their headers.
    public init() {
        tables = Dictionary(uniqueKeysWithValues: DatasetTable.allCases.map { ($0, CSVTable(header: $0.header)) })
    }

    /// Builds the CSVs in canonical order: notices by id (bytewise, then source file), rows in printed order.
    /// Every notice given is rendered, also when two share an id; `DatasetWriter` keeps one per id.
    public init(notices input: [Notice]) {
        self.init()
        for notice in input.sorted(by: NoticeOrder.precedes) {
            let records = NoticeRecords(notice)
            for table in DatasetTable.allCases {
                self[table].rows += records[table].map(\.fields)
            }
        }
    }

    /// notices.csv: one row per notice.
    public var notices: CSVTable { self[.notices] }
    /// allocations.csv: one row per amount cell.
    public var allocations: CSVTable { self[.allocations] }
    /// findings.csv: one row per finding.
    public var findings: CSVTable { self[.findings] }
    /// citations.csv: one row per document cited in a notice's body.
    public var citations: CSVTable { self[.citations] }
    /// sources.csv: one row per file a notice was read from.
    public var sources: CSVTable { self[.sources] }
    /// attachments.csv: one row per attachment a portal page links to.
    public var attachments: CSVTable { self[.attachments] }
    /// relations.csv: one row per instance of a relation a table was checked by.
    public var relations: CSVTable { self[.relations] }

    /// The file of one table.
    public subscript(table: DatasetTable) -> CSVTable {
        get { tables[table] ?? CSVTable(header: table.header) }
        set { tables[table] = newValue }
    }

    /// Exact decimal text, empty for nil.
    public static func text(_ value: Decimal?) -> String {
        value.map(DecimalText.of) ?? ""
    }
}
