/// Why the dataset could not be written or read. Every case names the file.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be written.
    case write(path: String, reason: String)
    /// A file could not be read back.
    case read(path: String, reason: String)
    /// A CSV file is not well-formed RFC 4180 (line is 1-based).
    case malformedCSV(path: String, line: Int, reason: String)
    /// A CSV row does not fit the dataset schema (line is 1-based).
    case invalid(path: String, line: Int, reason: String)
    /// The SQLite store could not be opened, migrated or queried.
    case database(path: String, reason: String)
    /// One notice could not be stored; the store keeps its previous content for that notice.
    case ingest(source: String, database: String, reason: String)
    /// Another allot command is writing the dataset folder (`--no-wait` given).
    case locked(path: String)
    /// The folder has CSV files but no usable store: an ingest would drop the notices only the CSVs hold.
    case noStore(path: String, reason: String)

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .write(path, reason): "\(path): cannot write: \(reason)"
        case let .read(path, reason): "\(path): cannot read: \(reason)"
        case let .malformedCSV(path, line, reason): "\(path):\(line): malformed CSV: \(reason)"
        case let .invalid(path, line, reason): "\(path):\(line): \(reason)"
        case let .database(path, reason): "\(path): database error: \(reason)"
        case let .ingest(source, database, reason): "\(source): cannot store in \(database): \(reason)"
        case let .locked(path): "\(path): another allot command is writing this dataset (run again without --no-wait to wait for it)"
        case let .noStore(path, reason):
            "\(path): \(reason), but the folder has CSV files; refusing to replace them with the new notices only. "
                + "Run `allot restore \(path)` to load the CSV files back into the store, or `allot rebuild FILE|DIR... "
                + "--out \(path)` to regenerate the dataset from its sources"
        }
    }
}
