import AllotModel
import AllotSource
import AllotXML

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
        let file: SourceFile
        do {
            file = try SourceFile.read(path: path)
        } catch {
            throw HTMLError(error)
        }
        return try extract(file)
    }

    /// Reads a page already in memory; `path` names it in errors and in the result.
    public func extract(bytes: [UInt8], path: String) throws(HTMLError) -> HTMLNotice {
        let file: SourceFile
        do {
            file = try SourceFile(path: path, bytes: bytes)
        } catch {
            throw HTMLError(error)
        }
        return try extract(file)
    }

    /// Reads a page whose bytes are read: bytes → encoding → element tree → lines and table grids in
    /// reading order.
    public func extract(_ file: SourceFile) throws(HTMLError) -> HTMLNotice {
        let (path, bytes) = (file.path, file.bytes)
        guard bytes.count <= Int(Int32.max) else { throw .tooLarge(path: path, bytes: bytes.count) }
        let decision = CharsetSniffer(settings: settings, supports: Markup.supports(encoding:)).decide(bytes)
        if !decision.encoding.hasPrefix("UTF-16"), let offset = bytes.firstIndex(of: 0) {
            throw .notHTML(path: path, reason: "NUL byte at offset \(offset)")
        }
        let root: HTMLElement
        do {
            root = try Markup.parseHTML(bytes, encoding: decision.encoding)
        } catch {
            throw .parser(path: path, code: error.code, message: error.message)
        }
        var notice = HTMLNotice(path: path, sha256: file.sha256, encoding: decision.encoding,
                                items: PageFlow.items(of: root, settings: settings))
        notice.portal = PortalMetadata.read(root, chrome: ChromeFilter(settings: settings))
        return notice
    }
}
