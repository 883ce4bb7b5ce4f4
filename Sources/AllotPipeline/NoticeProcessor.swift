import AllotHTML
import AllotLayout
import AllotModel
import AllotNormalize
import AllotPDF
import AllotReconcile
import AllotNotice
import AllotTables

/// The whole job for one file: extract → layout → tables → normalize → reconcile.
public struct NoticeProcessor: Sendable {
    /// Settings of every stage.
    public var options: PipelineOptions

    /// Division codes come from the bundled GB/T 2260 list; nil only if the bundle is broken.
    static let regionCoder: RegionCoder? = (try? DivisionResolver.bundled()).map(RegionCoder.init)

    /// Creates a processor.
    public init(options: PipelineOptions = PipelineOptions()) {
        self.options = options
    }

    /// Processes the file at `path` (PDF, or HTML by its .html/.htm name); the error names the
    /// file and the reason.
    public func process(path: String) throws(ProcessError) -> Notice {
        if InputFiles.isHTML(path) {
            let page: HTMLNotice
            do {
                page = try HTMLExtractor().extract(path: path)
            } catch {
                throw .html(error)
            }
            return assemble(bodyLines: page.bodyLines, rawTables: page.tables, path: page.path, sha256: page.sha256,
                            pageCount: page.pageCount, unreadablePages: [])
        }
        return try trace(path: path).notice
    }

    /// Processes an already extracted document.
    public func process(_ document: SourceDocument) -> Notice {
        trace(document).notice
    }

    /// Processes the PDF at `path` and keeps every stage's output, for showing what was read.
    public func trace(path: String) throws(ProcessError) -> NoticeTrace {
        let document: SourceDocument
        do {
            document = try PDFExtractor(password: options.password).extract(path: path)
        } catch {
            throw .pdf(error)
        }
        guard document.hasTextLayer else { throw .noTextLayer(path: path) }
        return trace(document)
    }

    /// Processes an extracted document and keeps every stage's output.
    public func trace(_ document: SourceDocument) -> NoticeTrace {
        let builder = LineBuilder(settings: options.layout)
        let layouts = document.pages.map { builder.layout(of: $0) }
        let scan = TableFinder(settings: options.tables).scan(layouts)
        var notice = assemble(bodyLines: scan.bodyLines, rawTables: scan.tables, path: document.path,
                              sha256: document.sha256, pageCount: document.pages.count,
                              unreadablePages: document.unreadablePages)
        notice.findings += Self.emptyPageFindings(document, tables: notice.tables)
        notice.findings.sort { ($0.table, $0.row, $0.check, $0.column) < ($1.table, $1.row, $1.check, $1.column) }
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
        return document.pages.filter { page in !page.glyphs.contains { !$0.isSpace } }.map { page in
            if let (table, _) = ranges.first(where: { $0.1.contains(page.number) }) {
                return Finding(table: table, row: 0, page: page.number, name: "", column: "", check: "missing_page",
                               message: "page \(page.number) carries no text inside table \(table): its rows are "
                                   + "missing (damaged content or an image-only page)")
            }
            return Finding(table: 0, row: 0, page: page.number, name: "", column: "", check: "empty_page",
                           message: "page \(page.number) carries no text")
        }
    }

    /// The stages shared by PDF and HTML: metadata, normalization, codes, reconciliation.
    func assemble(bodyLines: [TextLine], rawTables: [RawTable], path: String, sha256: String, pageCount: Int,
                  unreadablePages: [Int]) -> Notice {
        let metadata = MetadataParser().parse(bodyLines, tableTitles: rawTables.map(\.title))
        var tables: [AllocationTable] = []
        var findings: [Finding] = []
        for raw in rawTables {
            var (table, cellFindings) = AllocationBuilder().build(raw)
            RegionFiller.fill(&table, issuer: metadata.issuer)
            if let coder = Self.regionCoder {
                cellFindings += coder.code(&table, province: RegionFiller.provinceName(from: metadata.issuer))
            }
            tables.append(table)
            findings += cellFindings + Reconciler().check(table)
        }
        for page in unreadablePages {
            findings.append(Finding(table: 0, row: 0, page: page, name: "", column: "", check: "unreadable_page",
                                    message: "page \(page) could not be read (damaged PDF objects)"))
        }
        if tables.isEmpty {
            findings.append(Finding(table: 0, row: 0, page: 0, name: "", column: "", check: "no_table",
                                    message: "no allocation table found; metadata only"))
        }
        findings.sort { ($0.table, $0.row, $0.check, $0.column) < ($1.table, $1.row, $1.check, $1.column) }
        let id = metadata.docNumber.isEmpty ? "sha256:" + String(sha256.prefix(16)) : metadata.docNumber
        return Notice(id: id, metadata: metadata, sourceFile: path, sha256: sha256, pageCount: pageCount,
                      tables: tables, findings: findings)
    }
}
