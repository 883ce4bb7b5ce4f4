import AllotModel
import Foundation

/// The dataset's CSV files: built from processed notices, exported from SQLite, or read back from a folder.
public struct DatasetCSV: Sendable, Equatable {
    /// notices.csv: one row per notice.
    public var notices = CSVTable(header: DatasetTable.notices.header)
    /// allocations.csv: one row per amount cell.
    public var allocations = CSVTable(header: DatasetTable.allocations.header)
    /// findings.csv: one row per finding.
    public var findings = CSVTable(header: DatasetTable.findings.header)
    /// references.csv: one row per document cited in a notice's body.
    public var references = CSVTable(header: DatasetTable.references.header)

    /// Empty files with their headers.
    public init() {}

    /// Builds the CSVs in canonical order: notices by id (bytewise, then source file), rows in printed order.
    /// Every notice given is rendered, also when two share an id; `DatasetWriter` keeps one per id.
    public init(notices input: [Notice]) {
        for notice in input.sorted(by: NoticeOrder.precedes) {
            let records = NoticeRecords(notice)
            for table in DatasetTable.allCases {
                self[table].rows += records[table].map { $0.values.map(\.csv) }
            }
        }
    }

    /// The file of one table.
    public subscript(table: DatasetTable) -> CSVTable {
        get {
            switch table {
            case .notices: notices
            case .allocations: allocations
            case .findings: findings
            case .references: references
            }
        }
        set {
            switch table {
            case .notices: notices = newValue
            case .allocations: allocations = newValue
            case .findings: findings = newValue
            case .references: references = newValue
            }
        }
    }

    /// Exact decimal text, empty for nil.
    public static func text(_ value: Decimal?) -> String {
        value.map { "\($0)" } ?? ""
    }

    /// The bytes of one file: UTF-8, optionally after a byte order mark for Excel.
    public func data(for table: DatasetTable, byteOrderMark: Bool = false) -> Data {
        var data = Data()
        if byteOrderMark { data.append(contentsOf: CSVTable.byteOrderMark) }
        data.append(contentsOf: Array(self[table].render().utf8))
        return data
    }

    /// Writes the files into `directory`, each atomically (see `DatasetWriter` for the whole dataset).
    public func write(to directory: URL, byteOrderMark: Bool = false) throws(StoreError) {
        for table in DatasetTable.allCases {
            try AtomicFile.write(data(for: table, byteOrderMark: byteOrderMark),
                                 to: directory.appendingPathComponent(table.file))
        }
    }
}
