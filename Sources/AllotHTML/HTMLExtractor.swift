import AllotModel
import AllotSource
import AllotXML

/// Reads an HTML notice page into body lines and raw allocation tables, the same model the PDF
/// path produces, so that normalization, reconciliation and emission are shared.
public struct HTMLExtractor: Sendable {
    /// Tunables and vocabulary.
    public var settings: HTMLSettings
    /// Whether a reading of the page shows an allocation table. The table stage comes after this
    /// one, so the pipeline passes its judgement in; without it any table grid counts. Only asked
    /// about pages whose declared charset may be wrong.
    public var showsTables: @Sendable ([FlowItem]) -> Bool

    /// Creates an extractor.
    public init(settings: HTMLSettings = HTMLSettings(),
                showsTables: @escaping @Sendable ([FlowItem]) -> Bool = HTMLExtractor.containsGrid) {
        self.settings = settings
        self.showsTables = showsTables
    }

    /// True when `items` hold at least one table grid.
    public static func containsGrid(_ items: [FlowItem]) -> Bool {
        items.contains { if case .grid = $0 { true } else { false } }
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
        let sniffer = CharsetSniffer(settings: settings, supports: Markup.supports(encoding:))
        let decision = sniffer.decide(bytes)
        if !decision.encoding.hasPrefix("UTF-16"), let offset = bytes.firstIndex(of: 0) {
            throw .notHTML(path: path, reason: "NUL byte at offset \(offset)")
        }
        var reading = try read(bytes, encoding: decision.encoding, path: path)
        var notes: [Finding] = []
        // A declared charset the bytes contradict gives mojibake or a page cut short, never an
        // error from the parser: try the encoding the bytes themselves suggest, and keep it only
        // when it decodes cleanly and (for a page that did decode) shows the tables the first
        // reading did not. Either way the page says so; a page no encoding reads is an error.
        let suspect = reading.conversionFailed || (decision.source == .declared && !showsTables(reading.items))
        if suspect, let alternative = sniffer.alternative(to: decision.encoding, bytes),
           let second = try? read(bytes, encoding: alternative, path: path), !second.conversionFailed,
           reading.conversionFailed || showsTables(second.items) {
            let declared = CharsetSniffer.declaredCharset(in: bytes, limit: settings.charsetSniffLength)
            let said = declared.map { "declares charset \($0)" } ?? "was taken for \(decision.encoding)"
            notes.append(Finding(.charsetMismatch, table: 0, page: 1, [.detail: said, .code: alternative]))
            reading = second
        }
        if reading.conversionFailed {
            throw .undecodable(path: path, encoding: reading.encoding,
                               declared: CharsetSniffer.declaredCharset(in: bytes, limit: settings.charsetSniffLength))
        }
        var notice = HTMLNotice(path: path, sha256: file.sha256, encoding: reading.encoding, items: reading.items)
        notice.portal = PortalMetadata.read(reading.root, chrome: ChromeFilter(settings: settings))
        notice.notes = notes
        return notice
    }

    /// One decoding of the page: its tree, its items in reading order, and whether the decoder met
    /// invalid bytes.
    private struct Reading {
        var encoding: String
        var root: HTMLElement
        var items: [FlowItem]
        var conversionFailed: Bool
    }

    private func read(_ bytes: [UInt8], encoding: String, path: String) throws(HTMLError) -> Reading {
        let page: MarkupPage
        do {
            page = try Markup.readHTML(bytes, encoding: encoding)
        } catch {
            switch error {
            case let .parser(code, message): throw .parser(path: path, code: code, message: message)
            case let .tooDeep(limit): throw .tooDeep(path: path, limit: limit)
            }
        }
        return Reading(encoding: encoding, root: page.root, items: PageFlow.items(of: page.root, settings: settings),
                       conversionFailed: page.conversionFailed)
    }
}
