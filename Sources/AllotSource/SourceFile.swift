import Foundation

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

    /// Reads the file at `path`.
    public static func read(path: String) throws(SourceFileError) -> SourceFile {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(path: path, reason: reason(error))
        }
        return try SourceFile(path: path, bytes: bytes)
    }

    /// Lowercase hex SHA-256 of the bytes.
    public var sha256: String { SHA256.hex(bytes) }

    /// The operating system's reason for a failed read, in words a user can act on.
    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return "no such file"
        }
        return nsError.localizedDescription
    }
}

/// Why an input file's bytes could not be had. Every case names the file.
public enum SourceFileError: Error, Equatable, Sendable {
    /// The file does not exist or cannot be read, with the system's reason.
    case unreadable(path: String, reason: String)
    /// The file is empty.
    case empty(path: String)
}
