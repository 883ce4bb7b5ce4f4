import Foundation

/// Reads a dataset folder's CSV files back: the one reader of `diff`, `report`, `restore` and the tests.
/// Columns are named as in the current schema also when the files were written by an earlier version
/// (`table` is read as `table_no`, references.csv as citations.csv), and the cells of an Excel edition
/// are read as they were before their formula guard.
public struct DatasetReader: Sendable {
    /// The dataset folder.
    public var directory: URL

    /// Creates a reader for the folder at `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The tables. citations.csv may be absent (datasets written before it existed); the other files
    /// must exist and have a notice_id column. Readers check the other columns they use.
    public func read() throws(StoreError) -> DatasetCSV {
        var dataset = DatasetCSV()
        for table in DatasetTable.allCases {
            guard let csv = try read(table) else {
                if table.isOptional { continue }
                throw .read(path: url(table.file).path, reason: "no such file (is \(directory.path) a dataset folder?)")
            }
            if let missing = csv.missing([NoticeColumns.noticeID]) {
                throw .read(path: csv.path, reason: "no column \(missing.name)")
            }
            dataset[table] = csv
        }
        return dataset
    }

    /// Whether the folder holds any dataset CSV file.
    public var hasFiles: Bool {
        DatasetTable.allCases.contains { table in
            ([table.name] + table.formerNames).contains { FileManager.default.fileExists(atPath: url("\($0).csv").path) }
        }
    }

    /// Whether the dataset is the spreadsheet edition (`--excel`): its notices.csv starts with a byte order mark.
    public var isSpreadsheetEdition: Bool { Self.startsWithByteOrderMark(url(DatasetTable.notices.file)) }

    /// One table's file (under its current or a former name); nil when there is none.
    func read(_ table: DatasetTable) throws(StoreError) -> CSVTable? {
        guard let file = ([table.name] + table.formerNames).map({ url("\($0).csv") })
            .first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return nil }
        var csv = try CSVTable.read(file)
        let spreadsheet = Self.startsWithByteOrderMark(file)
        let columns = Dictionary(table.columns.flatMap { column in ([column.name] + column.formerNames).map { ($0, column) } },
                                 uniquingKeysWith: { first, _ in first })
        csv.header = csv.header.map { columns[$0]?.name ?? $0 }
        if spreadsheet {
            let text = csv.header.map { columns[$0]?.isText ?? false }
            csv.rows = csv.rows.map { fields in
                zip(fields, text).map { field, isText in isText ? FormulaGuard.restored(field) : field }
            }
        }
        return csv
    }

    private static func startsWithByteOrderMark(_ file: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: CSVTable.byteOrderMark.count)) == Data(CSVTable.byteOrderMark)
    }

    private func url(_ name: String) -> URL { directory.appendingPathComponent(name) }
}
