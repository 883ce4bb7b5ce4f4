/// Why the dataset could not be written or read.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be written.
    case write(path: String, reason: String)
    /// A file could not be read back.
    case read(path: String, reason: String)

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .write(path, reason): "\(path): cannot write: \(reason)"
        case let .read(path, reason): "\(path): cannot read: \(reason)"
        }
    }
}
