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
        let document = try DocumentPages.open(file, password: password)
        guard document.pageCount <= maximumPages else {
            throw .tooManyPages(path: path, pages: document.pageCount, limit: maximumPages)
        }
        var pages: [PageText] = []
        var unreadable: [Int] = []
        var rendered: [Int] = []
        pages.reserveCapacity(document.pageCount)
        for index in 0..<document.pageCount {
            // The one pass reads the page; poppler-glib loads it only to read what the one pass
            // could not, or to render it (rules where the marks do not tell).
            let read = document.onePass(at: index)
            guard let raw = read != nil ? read?.raw : document.glibPage(at: index)?.raw() else {
                unreadable.append(index + 1)
                continue
            }
            guard raw.boxCount <= maximumGlyphsPerPage else {
                throw .tooManyGlyphs(path: path, page: index + 1, glyphs: raw.boxCount, limit: maximumGlyphsPerPage)
            }
            var page = GlyphAssembler.page(number: index + 1, raw: raw)
            if let rules {
                let extractor = RuleExtractor(settings: rules)
                if extractor.worthLooking(page) {
                    switch rules.source {
                    case .vectors:
                        if let marks = read?.marks {
                            page.rules = extractor.rules(of: marks, page: page) { document.glibPage(at: index) }
                        } else {
                            rendered.append(index + 1)
                            page.rules = extractor.renderedRules(of: document.glibPage(at: index), page: page)
                        }
                    case .rendering:
                        page.rules = extractor.renderedRules(of: document.glibPage(at: index), page: page)
                    }
                }
                page.rulesSplitCells = !rules.onlyRunTogetherAmounts || RuleExtractor.runsAmountsTogether(page.glyphs)
            }
            pages.append(page)
        }
        return SourceDocument(path: path, sha256: file.sha256, pages: pages, unreadablePages: unreadable,
                              renderedRulePages: rendered)
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
        if error.libraryUnavailable { return .libraryUnavailable(path: path, reason: error.message) }
        if error.isPopplerDomain {
            if error.code == Poppler.encryptedCode {
                return password == nil ? .encrypted(path: path) : .wrongPassword(path: path)
            }
            if Poppler.damagedCodes.contains(error.code) { return .damaged(path: path, reason: error.message) }
        }
        return .poppler(path: path, domain: error.domain, code: error.code, message: error.message)
    }
}
