import AllotModel
import Foundation

/// Reads an HTML notice page into body lines and raw allocation tables, the same model the PDF
/// path produces, so that normalization, reconciliation and emission are shared.
public struct HTMLExtractor: Sendable {
    /// Tunables and vocabulary.
    public var settings: HTMLSettings

    /// Creates an extractor.
    public init(settings: HTMLSettings = HTMLSettings()) {
        self.settings = settings
    }

    /// Reads the page at `path`.
    public func extract(path: String) throws(HTMLError) -> HTMLNotice {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(path: path, reason: Self.reason(error))
        }
        return try extract(bytes: bytes, path: path)
    }

    /// Reads a page already in memory; `path` names it in errors and in the result.
    /// bytes → encoding → element tree → lines and tables → the model.
    public func extract(bytes: [UInt8], path: String) throws(HTMLError) -> HTMLNotice {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        guard bytes.count <= Int(Int32.max) else { throw .tooLarge(path: path, bytes: bytes.count) }
        let decision = CharsetSniffer(settings: settings, supports: LibXML2.supports(encoding:)).decide(bytes)
        if !decision.encoding.hasPrefix("UTF-16"), let offset = bytes.firstIndex(of: 0) {
            throw .notHTML(path: path, reason: "NUL byte at offset \(offset)")
        }
        let root: HTMLElement
        do {
            root = try LibXML2.parse(bytes, encoding: decision.encoding)
        } catch {
            throw .parser(path: path, code: error.code, message: error.message)
        }
        let items = PageFlow.items(of: root, settings: settings)
        let (lines, tables) = NoticeAssembler(settings: settings).assemble(items)
        return HTMLNotice(path: path, sha256: SHA256.hex(bytes), encoding: decision.encoding,
                          bodyLines: lines, tables: tables)
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
