import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The bytes of one input file, read once for whichever extractor takes it, and their SHA-256.
public struct SourceFile: Sendable {
    /// Path of the file as given by the user.
    public let path: String
    /// The whole file.
    public let bytes: [UInt8]

    /// A file already in memory; `path` names it in errors and results. Empty bytes are refused.
    public init(path: String, bytes: [UInt8]) throws(SourceFileError) {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        self.path = path
        self.bytes = bytes
    }

    /// Reads the file at `path`, with the true reason when it cannot: only a regular file is read
    /// (a FIFO, a device, a socket or a directory is refused without being read, so a FIFO can
    /// never hang a batch and /dev/zero cannot fill memory), and nothing beyond `maximumBytes`.
    public static func read(path: String, maximumBytes: Int = Int.max) throws(SourceFileError) -> SourceFile {
        try SourceFile(path: path, bytes: FileBytes.read(path, maximumBytes: maximumBytes))
    }

    /// Up to `count` first bytes of the file at `path` when it is a regular file, else none: for
    /// guessing a format, never blocking on a FIFO or reading a device.
    public static func head(path: String, count: Int) -> [UInt8] {
        FileBytes.head(path, count: count)
    }

    /// Lowercase hex SHA-256 of the bytes.
    public var sha256: String { SHA256.hex(bytes) }
}

/// Why an input file's bytes could not be had. Every case names the file.
public enum SourceFileError: Error, Equatable, Sendable {
    /// The file cannot be read, with the system's reason.
    case unreadable(path: String, reason: String)
    /// The file is empty.
    case empty(path: String)
    /// The path does not exist (or a symbolic link points nowhere).
    case notFound(path: String)
    /// The path is a FIFO, a device, a socket or a directory: not read.
    case notRegularFile(path: String, what: String)
    /// Symbolic links point at each other in a loop (or too many of them are chained).
    case symlinkLoop(path: String)
    /// The file exists but this user may not read it.
    case permissionDenied(path: String)
    /// The file is larger than the limit.
    case tooLarge(path: String, bytes: Int, limit: Int)

    /// The error for a failed `open`, `stat` or `read` of `path`, named after what happened.
    public init(path: String, errno code: Int32) {
        switch code {
        case ENOENT, ENOTDIR: self = .notFound(path: path)
        case ELOOP: self = .symlinkLoop(path: path)
        case EACCES, EPERM: self = .permissionDenied(path: path)
        default: self = .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case let .unreadable(path, _), let .empty(path), let .notFound(path), let .notRegularFile(path, _),
             let .symlinkLoop(path), let .permissionDenied(path), let .tooLarge(path, _, _):
            path
        }
    }

    /// Why, in words (without the path).
    public var reason: String {
        switch self {
        case let .unreadable(_, reason): reason
        case .empty: "empty file"
        case .notFound: "no such file or directory"
        case let .notRegularFile(_, what): "not a regular file but \(what); not read"
        case .symlinkLoop: "symbolic links loop (too many levels); not read"
        case .permissionDenied: "permission denied"
        case let .tooLarge(_, bytes, limit): "too large: \(bytes) bytes (limit \(limit / 1_048_576) MB)"
        }
    }
}
