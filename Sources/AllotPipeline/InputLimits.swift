import AllotOffice

/// Bounds on what one input may make allot do, so that memory and time per worker stay bounded
/// whatever the file. Each has a named error when exceeded and a command-line option to raise it.
public struct InputLimits: Sendable, Equatable {
    /// Largest input file read (PDF, spreadsheet, archive …), in bytes (`--max-file-mb`).
    public var maximumFileBytes = 64 * 1_048_576
    /// Largest HTML page read, in bytes (`--max-html-mb`): libxml2's tree costs about 40 bytes
    /// of memory per byte of page, so pages get a lower bound than PDFs.
    public var maximumHTMLBytes = 16 * 1_048_576
    /// Most pages in one PDF (`--max-pages`).
    public var maximumPages = 2_000
    /// Most glyphs on one page (`--max-glyphs`); a dense A3 table page has about 20,000.
    public var maximumGlyphsPerPage = 200_000
    /// Most rows in one table (`--max-rows`).
    public var maximumTableRows = 100_000
    /// ZIP archives and packages (xlsx, docx, OFD): members, inflated sizes, nesting
    /// (`--max-zip-members` raises the member count).
    public var archive = ArchiveLimits()

    /// The defaults.
    public init() {}
}
