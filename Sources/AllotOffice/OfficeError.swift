/// Why an office document, OFD or archive could not be read. Every case names the file.
public enum OfficeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is empty.
    case empty(path: String)
    /// Not a ZIP archive, or a damaged one (truncated, bad central directory, bad data).
    case damagedArchive(path: String, reason: String)
    /// A part the format requires is missing, or a relationship points nowhere.
    case missingPart(path: String, part: String)
    /// A part is not well-formed XML (or carries a document type declaration).
    case badXML(path: String, part: String, message: String)
    /// An archive exceeds a limit set against zip bombs (size, ratio, count, nesting).
    case archiveLimit(path: String, reason: String)
    /// A member's name would leave the archive's folder (../, absolute path).
    case unsafePath(path: String, member: String)
    /// libfreexl could not read the xls file, with its code.
    case xls(path: String, code: Int32, reason: String)
    /// The format needs a tool that is not installed, or is not read at all.
    case unsupportedFormat(path: String, reason: String)
    /// The converter (LibreOffice) failed or timed out.
    case conversionFailed(path: String, reason: String)

    /// Stable machine-readable kind, used in reports.
    public var kind: String {
        switch self {
        case .unreadable: "unreadable"
        case .empty: "empty_file"
        case .damagedArchive: "damaged_archive"
        case .missingPart: "missing_part"
        case .badXML: "bad_xml"
        case .archiveLimit: "archive_limit"
        case .unsafePath: "unsafe_path"
        case .xls: "xls_error"
        case .unsupportedFormat: "unsupported_format"
        case .conversionFailed: "conversion_failed"
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case let .unreadable(path, _), let .empty(path), let .damagedArchive(path, _), let .missingPart(path, _),
             let .badXML(path, _, _), let .archiveLimit(path, _), let .unsafePath(path, _), let .xls(path, _, _),
             let .unsupportedFormat(path, _), let .conversionFailed(path, _):
            path
        }
    }

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read file: \(reason)"
        case let .empty(path): "\(path): empty file"
        case let .damagedArchive(path, reason): "\(path): not a ZIP package or a damaged one (\(reason))"
        case let .missingPart(path, part): "\(path): missing part \(part)"
        case let .badXML(path, part, message): "\(path): \(part) is not well-formed XML (\(message))"
        case let .archiveLimit(path, reason): "\(path): archive refused: \(reason)"
        case let .unsafePath(path, member): "\(path): member name \(member) leaves the archive (refused)"
        case let .xls(path, code, reason): "\(path): cannot read the xls workbook (freexl \(code): \(reason))"
        case let .unsupportedFormat(path, reason): "\(path): unsupported format: \(reason)"
        case let .conversionFailed(path, reason): "\(path): conversion failed: \(reason)"
        }
    }
}
