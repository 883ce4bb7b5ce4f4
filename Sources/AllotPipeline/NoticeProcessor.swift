import AllotHTML
import AllotLayout
import AllotModel
import AllotNormalize
import AllotPDF
import AllotReconcile
import AllotSource
import AllotNotice
import AllotOffice
import AllotTables
import Foundation

/// The whole job for one file: extract → layout → tables → normalize → reconcile.
public struct NoticeProcessor: Sendable {
    /// Settings of every stage.
    public var options: PipelineOptions
    /// The issuer of the notice the file is an attachment of, for a file that names none itself
    /// (a workbook holding only the table): its tables are placed as that notice's own (the
    /// province total resolved against the issuer, as in the notice's PDF).
    public var attachedToIssuer = ""

    /// The normalize stage; division codes come from the bundled GB/T 2260 list. A broken bundle
    /// never reaches it: `process(path:)` and the CLI check `ReferenceData.verify()` first.
    static let normalizer = TableNormalizer(resolver: try? DivisionResolver.bundled())

    /// Creates a processor.
    public init(options: PipelineOptions = PipelineOptions()) {
        self.options = options
    }

    /// Processes the file at `path` (or an archive member, `a.zip!/m.xlsx`) in whatever format its
    /// bytes show; the error names the file and the reason.
    /// Why allot's bundled reference data cannot be used, or nil when it loads: checked once per run
    /// before any file is read.
    public static func referenceDataProblem() -> String? {
        do {
            try ReferenceData.verify()
            return nil
        } catch {
            return error.description
        }
    }

    public func process(path: String) throws(ProcessError) -> Notice {
        do {
            try ReferenceData.verify()
        } catch {
            throw .referenceData(path: path, reason: error.description)
        }
        return try processSniffed(path: path)
    }

    /// The kind of a file from its name (pdf, html …).
    static func kind(of path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext == "htm" ? "html" : ext
    }

    /// Processes an already extracted document.
    public func process(_ document: SourceDocument) -> Notice {
        trace(document).notice
    }

    /// Processes the PDF (or HTML page) at `path` and keeps every stage's output, for showing what
    /// was read; an HTML page has no page layout, only its tables.
    public func trace(path: String) throws(ProcessError) -> NoticeTrace {
        if DocumentFormat.sniff(path: path) == .html {
            return try traceHTML(path: path, bytes: read(path, maximumBytes: options.limits.maximumHTMLBytes,
                                                         option: "--max-html-mb").bytes)
        }
        return try trace(bytes: read(path, maximumBytes: options.limits.maximumFileBytes, option: "--max-file-mb").bytes,
                  path: path)
    }

    /// Processes a PDF's bytes (`path` names it) and keeps every stage's output.
    func trace(bytes: [UInt8], path: String) throws(ProcessError) -> NoticeTrace {
        let (document, rereader) = try recognized(bytes: bytes, path: path)
        return try checkedTrace(document, rereader: rereader)
    }

    /// A PDF's text, its image-only pages recognized, and the reader of their cells.
    func recognized(bytes: [UInt8], path: String) throws(ProcessError) -> (SourceDocument, CellRereader) {
        var document: SourceDocument
        do {
            document = try PDFExtractor(password: options.password, rules: .whereTablesMayBe,
                                        maximumPages: options.limits.maximumPages,
                                        maximumGlyphsPerPage: options.limits.maximumGlyphsPerPage)
                .extract(bytes: bytes, path: path)
        } catch {
            throw .pdf(error)
        }
        let scanned = try ScannedPageReader(mode: options.ocr, password: options.password, settings: options.recognition)
            .read(document)
        document = scanned.document
        guard document.hasTextLayer else { throw .noTextLayer(path: path) }
        return (document, CellRereader(path: path, settings: options.recognition, images: scanned.images))
    }

    /// `trace(_:)`, refusing a table longer than the row limit; `rereader` reads recognized cells
    /// again from their page images.
    func checkedTrace(_ document: SourceDocument, rereader: CellRereader? = nil) throws(ProcessError) -> NoticeTrace {
        let (layouts, scan) = scanTables(document)
        try checkRows(scan.tables, path: document.path)
        return trace(document, layouts: layouts, scan: scan, rereader: rereader)
    }

    /// The file's bytes, refused when it is not a regular file or larger than `maximumBytes`.
    func read(_ path: String, maximumBytes: Int, option: String) throws(ProcessError) -> SourceFile {
        do {
            return try SourceFile.read(path: path, maximumBytes: maximumBytes)
        } catch {
            throw ProcessError(error, option: option)
        }
    }

    /// Refuses a table longer than the row limit.
    func checkRows(_ tables: [RawTable], path: String) throws(ProcessError) {
        for (index, table) in tables.enumerated() where table.rowCount > options.limits.maximumTableRows {
            throw .tooManyRows(path: path, table: index + 1, rows: table.rowCount, limit: options.limits.maximumTableRows)
        }
    }

    /// Processes an extracted document and keeps every stage's output.
    public func trace(_ document: SourceDocument) -> NoticeTrace {
        let (layouts, scan) = scanTables(document)
        return trace(document, layouts: layouts, scan: scan)
    }

    /// Layout and table stages: pages → lines → tables.
    private func scanTables(_ document: SourceDocument) -> (layouts: [PageLayout], scan: TableScan) {
        let builder = LineBuilder(settings: options.layout)
        let layouts = document.pages.map { builder.layout(of: $0) }
        return (layouts, TableFinder(settings: options.tables).scan(layouts))
    }

    private func trace(_ document: SourceDocument, layouts: [PageLayout], scan: TableScan,
                       rereader: CellRereader? = nil) -> NoticeTrace {
        var scan = scan
        func assembled(_ rawTables: [RawTable]) -> Notice {
            assemble(bodyLines: scan.bodyLines, rawTables: rawTables, path: document.path, sha256: document.sha256,
                     pageCount: document.pages.count, unreadablePages: document.unreadablePages,
                     renderedRulePages: document.renderedRulePages) { tables in
                Self.emptyPageFindings(document, tables: tables)
            }
        }
        var notice = assembled(scan.tables)
        // Names read by OCR that name no division are read again from the engine's alternatives,
        // in the table's structure; the corrected tables go through the stages again.
        let names = Self.nameCorrections(notice, rawTables: scan.tables, pages: document.pages, rereader: rereader)
        if !names.isEmpty {
            scan.tables = NameVerifier.applied(names, to: scan.tables)
            notice = assembled(scan.tables)
            notice.findings += names.map(NameVerifier.note)
        }
        notice.sources = [NoticeSource(file: document.path, kind: Self.kind(of: document.path), sha256: document.sha256,
                                       role: .primary)]
        notice.scannedPages = document.recognizedPages
        if notice.isScanned { verifyRecognized(&notice, rawTables: scan.tables, pages: document.pages, rereader: rereader) }
        Self.crossCheck(&notice, bodyLines: scan.bodyLines)
        return NoticeTrace(notice: notice, layouts: layouts, scan: scan)
    }

    /// Pages without any text in a document that has text: inside a table's page range the rows
    /// printed there are missing (a damaged content stream, an image-only page) and the sums will
    /// not hold, so it is a problem (`missing_page`); elsewhere a note (`empty_page`).
    static func emptyPageFindings(_ document: SourceDocument, tables: [AllocationTable]) -> [Finding] {
        guard document.hasTextLayer else { return [] }
        let ranges = tables.compactMap { table -> (Int, ClosedRange<Int>)? in
            guard let first = table.rows.map(\.page).min(), let last = table.rows.map(\.page).max() else { return nil }
            return (table.index, first...last)
        }
        return document.pages.filter { !$0.hasText }.map { page in
            if let (table, _) = ranges.first(where: { $0.1.contains(page.number) }) {
                return Finding(.missingPage, table: table, page: page.number)
            }
            return Finding(.emptyPage, table: 0, page: page.number)
        }
    }

    /// The stages shared by PDF and HTML: metadata, normalization, reconciliation; `pageFindings`
    /// adds what the document's pages say about the normalized tables. Each raw table is taken out
    /// of `rawTables` as it is normalized, so a caller that hands over its only copy lets each
    /// table's raw rows go once they are drafted.
    func assemble(bodyLines: [TextLine], rawTables: consuming [RawTable], path: String, sha256: String, pageCount: Int,
                  unreadablePages: [Int], renderedRulePages: [Int] = [], pageFindings: ([AllocationTable]) -> [Finding] = { _ in [] }) -> Notice {
        let metadata = MetadataParser().parse(bodyLines, tableTitles: rawTables.map(\.title))
        let context = NoticeContext(issuer: metadata.issuer.isEmpty ? attachedToIssuer : metadata.issuer)
        var tables: [AllocationTable] = []
        var verdicts: [RelationVerdict] = []
        var findings: [Finding] = []
        for position in rawTables.indices {
            var confirmed = RawTable(index: 0, title: "", unit: "", attachment: "", columns: [], rows: [])
            swap(&confirmed, &rawTables[position])
            confirmed = ColumnRoles.confirmed(confirmed)
            var raw = confirmed
            raw.rows = []  // what the checks below read of the raw table: its columns and formulas
            var (table, normalizeFindings) = Self.normalizer.normalize(consume confirmed, context: context)
            let reconciliation = Reconciler().reconcile(table)
            table.relations = reconciliation.relations
            table.relationChecks = reconciliation.relationChecks
            // A county under the wrong prefecture next to a gap in the table is our misreading (its
            // own subtotal may be the row we lost), not the document's.
            let nearGaps = reconciliation.rowsNextToGaps
            findings += normalizeFindings.filter { $0.check != .misplacedRegion || !nearGaps.contains($0.row) }
            tables.append(table)
            verdicts.append(RelationVerdict(table: table, confirms: reconciliation.confirmsRelations))
            findings += reconciliation.findings
            findings += FormulaCheck.findings(raw.formulas, raw: raw, table: table)
        }
        findings += unreadablePages.map { Finding(.unreadablePage, table: 0, page: $0) }
        findings += renderedRulePages.map { Finding(.rulesRendered, table: 0, page: $0) }
        if tables.isEmpty {
            findings.append(Finding(.noTable, table: 0, page: 0))
        }
        findings += pageFindings(tables)
        let id = metadata.docNumber.isEmpty ? "sha256:" + String(sha256.prefix(16)) : metadata.docNumber
        var notice = Notice(id: id, metadata: metadata, sourceFile: path, sha256: sha256, pageCount: pageCount,
                            tables: tables, findings: findings)
        notice.relationVerdicts = verdicts
        notice.kind = DocumentKindReader.kind(title: metadata.title, docNumber: metadata.docNumber,
                                              tableTitles: tables.map(\.title), tableKinds: tables.map(\.kind))
        return notice
    }

    /// The checks that compare a notice's tables with each other (表间勾稽) and with its body text
    /// (文表一致), once every table has been read and checked on its own.
    static func crossCheck(_ notice: inout Notice, bodyLines: [TextLine]) {
        let own = notice.findings
        let figures = BodyFigures.read(bodyLines)
        notice.findings += NoticeCrossCheck.findings(figures, tables: notice.tables, findings: own,
                                                     verdicts: notice.relationVerdicts)
        notice.relationVerdicts = []
        notice.bodyFigures = figures
        let cited = notice.metadata.references.map(\.docNumber)
        notice.citedFigures = figures.filter { figure in
            figure.kind == .amount && cited.contains { figure.sentence.contains($0) }
        }
    }

    /// The names of recognized rows corrected by NameVerifier, over every table.
    static func nameCorrections(_ notice: Notice, rawTables: [RawTable], pages: [PageText],
                                rereader: CellRereader?) -> [NameVerifier.Correction] {
        guard pages.contains(where: { $0.source != .textLayer }), let resolver = try? DivisionResolver.bundled() else {
            return []
        }
        let verifier = NameVerifier(resolver: resolver, rereader: rereader)
        return zip(notice.tables, rawTables).flatMap { table, raw in
            verifier.corrections(table, raw: raw, findings: notice.findings.filter { $0.table == table.index }, pages: pages)
        }
    }

    /// Checks the recognized amounts of every table against the table's own sums (OCRVerifier).
    func verifyRecognized(_ notice: inout Notice, rawTables: [RawTable], pages: [PageText], rereader: CellRereader?) {
        let verifier = OCRVerifier(lowConfidence: options.recognition.lowConfidence, rereader: rereader)
        for (position, raw) in rawTables.enumerated() where position < notice.tables.count {
            let index = notice.tables[position].index
            let own = notice.findings.filter { $0.table == index }
            let (table, findings) = verifier.verify(notice.tables[position], findings: own,
                                                    cells: RecognizedCell.cells(of: raw, pages: pages),
                                                    recognizedPages: Set(notice.scannedPages))
            notice.tables[position] = table
            notice.tables[position].relations = Reconciler().relations(table)
            notice.tables[position].relationChecks = Reconciler().relationChecks(table)
            notice.findings = notice.findings.filter { $0.table != index } + findings
        }
    }
}
