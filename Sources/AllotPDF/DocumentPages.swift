import AllotSource

/// A PDF's pages as the extractor reads them: each in one pass of poppler's core
/// (`PopplerPaths`), poppler-glib opened only when it is needed: to say why the core could not
/// open the file (its errors are the ones users know), to read a page the one pass could not, or
/// to render a page. Opening it beside the core for every file cost as much again as the core's
/// open. One thread at a time.
final class DocumentPages {
    private let file: SourceFile
    private let password: String?
    private let core: PopplerPaths.Document?
    /// poppler-glib's document once asked for: nil inside when it does not open.
    private var glib: Poppler.Document??
    /// The page last loaded through poppler-glib: reading a page's text and rendering it share one.
    private var loaded: (index: Int, page: Poppler.Page)?

    /// Number of pages.
    let pageCount: Int

    private init(file: SourceFile, password: String?, core: PopplerPaths.Document?, glib: Poppler.Document?) {
        self.file = file
        self.password = password
        self.core = core
        self.glib = glib.map { .some($0) }
        pageCount = core?.pageCount ?? glib?.pageCount ?? 0
    }

    /// Opens the file with poppler's core; when that fails, with poppler-glib, whose error (the
    /// file encrypted, damaged, the password wrong) is thrown, or whose document reads the pages
    /// when it opens after all.
    static func open(_ file: SourceFile, password: String?) throws(PDFError) -> DocumentPages {
        PopplerPaths.prepare()
        if let core = try? PopplerPaths.open(bytes: file.bytes, password: password) {
            return DocumentPages(file: file, password: password, core: core, glib: nil)
        }
        let glib = try PDFExtractor.open(file, password: password)
        return DocumentPages(file: file, password: password, core: nil, glib: glib)
    }

    /// Page `index` (0-based) read in one pass; nil when the core cannot read it.
    func onePass(at index: Int) -> PopplerPaths.Page? {
        try? core?.page(at: index)
    }

    /// Page `index` (0-based) loaded by poppler-glib, the document opened at the first call; nil
    /// when it does not open or has no such page.
    func glibPage(at index: Int) -> Poppler.Page? {
        if let loaded, loaded.index == index { return loaded.page }
        if glib == nil {
            glib = .some(try? PDFExtractor.open(file, password: password))
        }
        guard let document = glib ?? nil, let page = document.loadPage(at: index) else { return nil }
        loaded = (index, page)
        return page
    }
}
