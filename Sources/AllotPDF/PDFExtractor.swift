import AllotModel
import Foundation

/// Reads a PDF file into positioned glyphs, page by page.
public struct PDFExtractor: Sendable {
    /// Password for encrypted files, if the user has one.
    public var password: String?

    /// Creates an extractor.
    public init(password: String? = nil) {
        self.password = password
    }

    /// Reads the file at `path` and returns every page's glyphs with boxes and font sizes.
    public func extract(path: String) throws(PDFError) -> SourceDocument {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(path: path, reason: Self.reason(error))
        }
        return try extract(bytes: bytes, path: path)
    }

    /// Reads a PDF already in memory; `path` names it in errors and in the result.
    public func extract(bytes: [UInt8], path: String) throws(PDFError) -> SourceDocument {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        let document: Poppler.Document
        do {
            document = try Poppler.open(bytes: bytes, password: password)
        } catch {
            throw Self.translate(error, path: path)
        }
        var pages: [PageText] = []
        var unreadable: [Int] = []
        pages.reserveCapacity(document.pageCount)
        for index in 0..<document.pageCount {
            guard let raw = document.page(at: index) else {
                unreadable.append(index + 1)
                continue
            }
            pages.append(GlyphAssembler.page(number: index + 1, raw: raw))
        }
        return SourceDocument(path: path, sha256: Poppler.sha256(bytes), pages: pages, unreadablePages: unreadable)
    }

    static func translate(_ error: Poppler.RawError, path: String) -> PDFError {
        if error.isPopplerDomain {
            if error.code == Poppler.encryptedCode { return .encrypted(path: path) }
            if Poppler.damagedCodes.contains(error.code) { return .damaged(path: path, reason: error.message) }
        }
        return .poppler(path: path, domain: error.domain, code: error.code, message: error.message)
    }

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
