/// Why the dataset could not be written or read. Every case names the file.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be written.
    case write(path: String, reason: String)
    /// A file could not be read back.
    case read(path: String, reason: String)
    /// A CSV file is not well-formed RFC 4180 (line is 1-based).
    case malformedCSV(path: String, line: Int, reason: String)
    /// The SQLite store could not be opened, migrated or queried.
    case database(path: String, reason: String)
    /// One notice could not be stored; the store keeps its previous content for that notice.
    case ingest(source: String, database: String, reason: String)

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .write(path, reason): "\(path): cannot write: \(reason)"
        case let .read(path, reason): "\(path): cannot read: \(reason)"
        case let .malformedCSV(path, line, reason): "\(path):\(line): malformed CSV: \(reason)"
        case let .database(path, reason): "\(path): database error: \(reason)"
        case let .ingest(source, database, reason): "\(source): cannot store in \(database): \(reason)"
        }
    }
}
