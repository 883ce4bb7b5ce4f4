import AllotStore

/// Why an export could not be written. Every case names the file.
public enum ExportError: Error, Sendable, CustomStringConvertible {
    /// The dataset could not be read.
    case read(StoreError)
    /// The output file could not be written.
    case write(path: String, reason: String)

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .read(error): "\(error)"
        case let .write(path, reason): "\(path): \(reason)"
        }
    }
}
