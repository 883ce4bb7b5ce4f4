import AllotModel
import AllotSource
import Foundation

/// Reads spreadsheets (xlsx, xls) and docx documents into lines and table grids for the table
/// stage: the same model as HTML pages, so tables, codes, reconciliation and the dataset are shared.
public struct OfficeExtractor: Sendable {
    /// Limits on ZIP packages.
    public var limits: ArchiveLimits
    /// Columns beyond this many are dropped.
    public var maximumColumns: Int

    /// Creates an extractor.
    public init(limits: ArchiveLimits = ArchiveLimits(), maximumColumns: Int = 256) {
        self.limits = limits
        self.maximumColumns = maximumColumns
    }

    /// Reads the file at `path` as `format` (xlsx, xls, docx; .doc/.wps/.et through LibreOffice);
    /// `bytes` when already in memory. The bytes are let go once staged for the package or
    /// workbook reader: a large sheet's file is not held while its cells and grid are.
    public func extract(path: String, format: DocumentFormat, bytes: consuming [UInt8]? = nil)
        throws(OfficeError) -> OfficeDocument {
        var data: [UInt8]
        switch consume bytes {
        case let .some(given): data = given
        case .none: data = try Self.readFile(path)
        }
        guard !data.isEmpty else { throw .empty(path: path) }
        let sha256 = SHA256.hex(data)
        switch format {
        case .xlsx:
            let package = try ZipPackage(path: path, bytes: data, limits: limits)
            data = []
            let (items, notes) = try XLSXReader(package: package, maximumColumns: maximumColumns).read()
            return OfficeDocument(path: path, sha256: sha256, items: items, notes: notes,
                                  title: CoreProperties.title(in: package))
        case .docx:
            let package = try ZipPackage(path: path, bytes: data, limits: limits)
            data = []
            let items = try DOCXReader(package: package, maximumColumns: maximumColumns).read()
            return OfficeDocument(path: path, sha256: sha256, items: items, title: CoreProperties.title(in: package))
        case .xls:
            let (items, notes) = try XLSReader(path: path, maximumColumns: maximumColumns).read(consume data)
            return OfficeDocument(path: path, sha256: sha256, items: items, notes: notes)
        case .legacyDocument, .legacySpreadsheet:
            let target = format == .legacyDocument ? DocumentFormat.docx : .xlsx
            let converted = try LibreOffice().convert(path: path, bytes: data, to: target.rawValue)
            var document = try extract(path: path, format: target, bytes: converted)
            document.sha256 = sha256
            return document
        default:
            throw .unsupportedFormat(path: path, reason: "\(format.rawValue) is not a spreadsheet or docx document")
        }
    }

    static func readFile(_ path: String) throws(OfficeError) -> [UInt8] {
        do {
            return try SourceFile.read(path: path).bytes
        } catch {
            switch error {
            case let .unreadable(path, reason): throw .unreadable(path: path, reason: reason)
            case let .empty(path): throw .empty(path: path)
            default: throw .unreadable(path: error.path, reason: error.reason)
            }
        }
    }
}
