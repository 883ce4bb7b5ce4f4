import AllotPipeline
import ArgumentParser

/// Bounds on one input file, each with the error it gives when exceeded.
struct LimitOptions: ParsableArguments {
    private static let defaults = InputLimits()

    @Option(help: "Largest input file read, in MB (larger: error too_large).")
    var maxFileMb = defaults.maximumFileBytes / 1_048_576

    @Option(help: "Largest HTML page read, in MB (larger: error too_large).")
    var maxHtmlMb = defaults.maximumHTMLBytes / 1_048_576

    @Option(help: "Most pages in one PDF (more: error too_many_pages).")
    var maxPages = defaults.maximumPages

    @Option(help: "Most glyphs on one page (more: error too_many_glyphs).")
    var maxGlyphs = defaults.maximumGlyphsPerPage

    @Option(help: "Most rows in one table (more: error too_many_rows).")
    var maxRows = defaults.maximumTableRows

    @Option(help: "Most members in one ZIP archive or package (more: error archive_limit).")
    var maxZipMembers = defaults.archive.maximumMembers

    func validate() throws {
        // Sizes stay below 2 GiB: libxml2 takes at most Int32.max bytes, and a worker must fit in memory.
        guard (1...2047).contains(maxFileMb) else { throw ValidationError("--max-file-mb must be between 1 and 2047") }
        guard (1...2047).contains(maxHtmlMb) else { throw ValidationError("--max-html-mb must be between 1 and 2047") }
        guard maxPages >= 1 else { throw ValidationError("--max-pages must be 1 or more") }
        guard maxGlyphs >= 1 else { throw ValidationError("--max-glyphs must be 1 or more") }
        guard maxRows >= 1 else { throw ValidationError("--max-rows must be 1 or more") }
        guard maxZipMembers >= 1 else { throw ValidationError("--max-zip-members must be 1 or more") }
    }

    /// The limits for the pipeline.
    var limits: InputLimits {
        var limits = InputLimits()
        limits.maximumFileBytes = maxFileMb * 1_048_576
        limits.maximumHTMLBytes = maxHtmlMb * 1_048_576
        limits.maximumPages = maxPages
        limits.maximumGlyphsPerPage = maxGlyphs
        limits.maximumTableRows = maxRows
        limits.archive.maximumMembers = maxZipMembers
        return limits
    }
}
