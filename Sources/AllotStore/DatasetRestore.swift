import Foundation

/// `allot restore DIR`: loads a dataset's CSV files back into a new `allot.sqlite`, for a dataset kept
/// without its store (committed to git, copied). Every row is checked against the schema first (every
/// column present, types, required values, patterns, enumerations, each row's notice listed in
/// notices.csv); the store and the re-exported files are then published like a rebuild's, so on any
/// error the folder stays as it was.
public enum DatasetRestore {
    /// Restores the dataset in `directory`, keeping its edition (plain, or spreadsheet when its CSV
    /// files start with a byte order mark).
    public static func run(_ directory: URL, wait: DatasetLock.Wait) throws(StoreError) -> DatasetSummary {
        let reader = DatasetReader(directory: directory)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .read(path: directory.path, reason: "no such folder")
        }
        let session = try DatasetSession(writer: DatasetWriter(directory: directory, excel: reader.isSpreadsheetEdition),
                                         mode: .rebuild, wait: wait)
        // Read under the lock: the files are those of the last writer to finish.
        guard reader.hasFiles else {
            throw .read(path: directory.appendingPathComponent(DatasetTable.notices.file).path,
                        reason: "no such file (is \(directory.path) a dataset folder?)")
        }
        try session.load(try records(reader))
        return try session.finish()
    }

    /// The rows of every table, validated.
    static func records(_ reader: DatasetReader) throws(StoreError) -> [DatasetTable: [DatasetRecord]] {
        var records: [DatasetTable: [DatasetRecord]] = [:]
        var ids: Set<String> = []
        for table in DatasetTable.allCases {
            guard let csv = try reader.read(table) else {
                if table.isOptional { continue }
                throw .read(path: reader.directory.appendingPathComponent(table.file).path, reason: "no such file")
            }
            if let missing = csv.missing(table.columns) {
                throw .read(path: csv.path, reason: "no column \(missing.name) (written by an older allot? run allot rebuild)")
            }
            var rows: [DatasetRecord] = []
            var keys: [[String]: Int] = [:]
            for row in csv.keyedRows {
                let key = table.primaryKey.map { row[$0] }
                if let first = keys[key] {
                    throw row.malformed("the same \(table.primaryKey.map(\.name).joined(separator: ", ")) as line \(first)")
                }
                keys[key] = row.line
                let id = row[NoticeColumns.noticeID]
                if table == .notices {
                    ids.insert(id)
                } else if !ids.contains(id) {
                    throw row.malformed("notice_id \(id) is not in \(DatasetTable.notices.file)")
                }
                rows.append(try row.record(table))
            }
            records[table] = rows
        }
        return records
    }
}
