import Foundation

/// Reads a dataset folder's CSV files back (RFC 4180), for `diff` and for tests.
public struct DatasetReader: Sendable {
    /// The dataset folder.
    public var directory: URL

    /// Creates a reader for the folder at `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The four tables. `references.csv` may be absent (datasets written before it existed); the other
    /// files must exist and hold the fields that identify their rows.
    public func read() throws(StoreError) -> DatasetCSV {
        var dataset = DatasetCSV()
        for table in DatasetTable.allCases {
            let url = directory.appendingPathComponent(table.file)
            guard FileManager.default.fileExists(atPath: url.path) else {
                if table == .references { continue }
                throw .read(path: url.path, reason: "no such file (is \(directory.path) a dataset folder?)")
            }
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw .read(path: url.path, reason: (error as NSError).localizedDescription)
            }
            let csv = try CSVTable.parse(data, path: url.path)
            let missing = table.primaryKey.filter { !csv.header.contains($0) }
            guard missing.isEmpty else {
                throw .read(path: url.path, reason: "no column \(missing.joined(separator: ", "))")
            }
            dataset[table] = csv
        }
        return dataset
    }
}
