import AllotModel
import AllotSource

/// Reads a PDF file into positioned glyphs, page by page.
public struct PDFExtractor: Sendable {
    /// Password for encrypted files, if the user has one.
    public var password: String?
    /// Ruling-line detection (`PageText.rules`); nil leaves it off, so pages cost nothing extra.
    public var rules: RuleSettings?
    /// Documents with more pages are refused (`too_many_pages`).
    public var maximumPages: Int
    /// Documents with a page of more glyphs are refused (`too_many_glyphs`).
    public var maximumGlyphsPerPage: Int

    /// Creates an extractor.
    public init(password: String? = nil, rules: RuleSettings? = nil, maximumPages: Int = 2_000,
                maximumGlyphsPerPage: Int = 200_000) {
        self.password = password
        self.rules = rules
        self.maximumPages = maximumPages
        self.maximumGlyphsPerPage = maximumGlyphsPerPage
    }

    /// Reads the file at `path` and returns every page's glyphs with boxes and font sizes.
    public func extract(path: String) throws(PDFError) -> SourceDocument {
        try extract(Self.read(path: path))
    }

    /// Reads a PDF already in memory; `path` names it in errors and in the result.
    public func extract(bytes: [UInt8], path: String) throws(PDFError) -> SourceDocument {
        let file: SourceFile
        do {
            file = try SourceFile(path: path, bytes: bytes)
        } catch {
            throw PDFError(error)
        }
        return try extract(file)
    }

    /// Reads a PDF whose bytes are read.
    public func extract(_ file: SourceFile) throws(PDFError) -> SourceDocument {
        let path = file.path
        let document = try Self.open(file, password: password)
        guard document.pageCount <= maximumPages else {
            throw .tooManyPages(path: path, pages: document.pageCount, limit: maximumPages)
        }
        var pages: [PageText] = []
        var unreadable: [Int] = []
        var rendered: [Int] = []
        let vectors = VectorPages(file: file, password: password)
        pages.reserveCapacity(document.pageCount)
        for index in 0..<document.pageCount {
            guard let loaded = document.loadPage(at: index), let raw = loaded.raw() else {
                unreadable.append(index + 1)
                continue
            }
            guard raw.boxes.count <= maximumGlyphsPerPage else {
                throw .tooManyGlyphs(path: path, page: index + 1, glyphs: raw.boxes.count, limit: maximumGlyphsPerPage)
            }
            var page = GlyphAssembler.page(number: index + 1, raw: raw)
            if let rules {
                let extractor = RuleExtractor(settings: rules)
                if extractor.worthLooking(page) {
                    switch rules.source {
                    case .vectors:
                        if let marks = vectors.marks(ofPageAt: index) {
                            page.rules = extractor.rules(of: marks, loaded: loaded, page: page)
                        } else {
                            rendered.append(index + 1)
                            page.rules = extractor.renderedRules(of: loaded, page: page)
                        }
                    case .rendering:
                        page.rules = extractor.renderedRules(of: loaded, page: page)
                    }
                }
                page.rulesSplitCells = !rules.onlyRunTogetherAmounts || RuleExtractor.runsAmountsTogether(page.glyphs)
            }
            pages.append(page)
        }
        return SourceDocument(path: path, sha256: file.sha256, pages: pages, unreadablePages: unreadable,
                              renderedRulePages: rendered)
    }

    /// The marks of a document's pages, from a second reading of its bytes by poppler's core API,
    /// opened at the first page that needs it; nil for a page (every page, when the document will
    /// not open) whose marks cannot be read.
    final class VectorPages {
        private let file: SourceFile
        private let password: String?
        private var document: PopplerPaths.Document?
        private var failed = false

        init(file: SourceFile, password: String?) {
            self.file = file
            self.password = password
        }

        func marks(ofPageAt index: Int) -> [PopplerPaths.Mark]? {
            if document == nil, !failed {
                document = try? PopplerPaths.open(bytes: file.bytes, password: password)
                failed = document == nil
            }
            return try? document?.marks(ofPageAt: index)
        }
    }

    /// The bytes of the file at `path`.
    static func read(path: String) throws(PDFError) -> SourceFile {
        do {
            return try SourceFile.read(path: path)
        } catch {
            throw PDFError(error)
        }
    }

    /// The file opened by poppler; the error names the file.
    static func open(_ file: SourceFile, password: String?) throws(PDFError) -> Poppler.Document {
        do {
            PopplerPaths.prepare()
            return try Poppler.open(bytes: file.bytes, password: password)
        } catch {
            throw translate(error, path: file.path, password: password)
        }
    }

    static func translate(_ error: Poppler.RawError, path: String, password: String?) -> PDFError {
        if error.isPopplerDomain {
            if error.code == Poppler.encryptedCode {
                return password == nil ? .encrypted(path: path) : .wrongPassword(path: path)
            }
            if Poppler.damagedCodes.contains(error.code) { return .damaged(path: path, reason: error.message) }
        }
        return .poppler(path: path, domain: error.domain, code: error.code, message: error.message)
    }
}
