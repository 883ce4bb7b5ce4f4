import AllotHTML
import AllotModel
import AllotOffice
import AllotPDF
import AllotTables

extension NoticeProcessor {
    /// Sniffs the format from the bytes and reads the file with its extractor: PDF and OFD give
    /// positioned glyphs (layout and table stages), HTML, xlsx, xls and docx give lines and grids
    /// (the flow table stage); the rest of the pipeline is the same for all.
    func processSniffed(path: String) throws(ProcessError) -> Notice {
        let bytes: [UInt8]
        let format: DocumentFormat
        if ArchiveReader.isMemberPath(path) {
            do {
                bytes = try ArchiveReader(limits: options.limits.archive).read(memberPath: path)
            } catch {
                throw .office(error)
            }
            format = DocumentFormat.sniff(path: path, bytes: bytes)
        } else {
            // The format from the first bytes (nothing is read from a FIFO or device), then the
            // whole file once, only when it is a regular file and within its format's size limit;
            // every extractor works on these bytes.
            format = DocumentFormat.sniff(path: path)
            let html = format == .html && options.limits.maximumHTMLBytes < options.limits.maximumFileBytes
            bytes = try read(path, maximumBytes: html ? options.limits.maximumHTMLBytes : options.limits.maximumFileBytes,
                             option: html ? "--max-html-mb" : "--max-file-mb").bytes
        }
        switch format {
        case .pdf:
            return try trace(bytes: bytes, path: path).notice
        case .html:
            return try traceHTML(path: path, bytes: bytes).notice
        case .xlsx, .xls, .docx, .legacyDocument, .legacySpreadsheet:
            // The bytes are handed over: the reader lets them go once it has staged them.
            let (scan, notes, sha256, title) = try officeScan(path: path, format: format, bytes: consume bytes)
            return flowNotice(consume scan, notes: notes, path: path, sha256: sha256, title: title,
                              kind: Self.kind(of: path))
        case .ofd:
            let ofd: OFDDocument
            do {
                ofd = try OFDExtractor(limits: options.limits.archive).extract(path: path, bytes: bytes)
            } catch {
                throw .office(error)
            }
            guard ofd.document.hasTextLayer else { throw .noTextLayer(path: path) }
            var notice = try checkedTrace(ofd.document).notice
            if notice.metadata.title.isEmpty { notice.metadata.title = ofd.title }
            return notice
        case .archive:
            throw .unsupported(path: path, reason: "a ZIP archive inside an archive member list; "
                + "give the archive itself to read its members")
        }
    }

    /// Reads a portal HTML page's bytes through the flow table stage and keeps what the table stage
    /// saw (its tables; an HTML page has no page layout).
    func traceHTML(path: String, bytes: [UInt8]) throws(ProcessError) -> NoticeTrace {
        guard bytes.count <= options.limits.maximumHTMLBytes else {  // an archive member
            throw .tooLarge(path: path, bytes: bytes.count, limit: options.limits.maximumHTMLBytes,
                            option: "--max-html-mb")
        }
        let page: HTMLNotice
        let grid = options.grid
        let extractor = HTMLExtractor(showsTables: { !FlowReader(settings: grid).scan($0).tables.isEmpty })
        do throws(HTMLError) {
            page = try extractor.extract(bytes: bytes, path: path)
        } catch {
            throw .html(error)
        }
        let scan = FlowReader(settings: options.grid).scan(page.items)
        try checkRows(scan.tables, path: path)
        var notice = flowNotice(scan, notes: page.notes, path: page.path, sha256: page.sha256, title: "",
                                kind: "html")
        // A portal page often gives the title only in its heading, meta tags or <title>, and the
        // date only as the publication date. The article heading (or meta title) is preferred;
        // <title> only fills an empty title.
        if page.portal.titleIsStated || notice.metadata.title.isEmpty, !page.portal.title.isEmpty {
            notice.metadata.title = page.portal.title
        }
        if notice.metadata.date.isEmpty { notice.metadata.date = page.portal.date }
        notice.attachmentLinks = page.portal.attachments
        notice.sourceURL = page.portal.canonicalURL
        return NoticeTrace(notice: notice, layouts: [], scan: scan)
    }

    /// An office document through the flow table stage. The document (its grids) goes away on
    /// return: only the tables are held while the notice is assembled. The file's bytes are taken
    /// over and let go as soon as the reader has staged them.
    private func officeScan(path: String, format: DocumentFormat, bytes: consuming [UInt8]) throws(ProcessError)
        -> (scan: TableScan, notes: [Finding], sha256: String, title: String) {
        var document: OfficeDocument
        do {
            document = try OfficeExtractor(limits: options.limits.archive, maximumColumns: options.grid.maximumColumns)
                .extract(path: path, format: format, bytes: consume bytes)
        } catch {
            throw .office(error)
        }
        // The items are handed over: each grid goes once its table is read.
        var items: [FlowItem] = []
        swap(&items, &document.items)
        let scan = FlowReader(settings: options.grid).scan(consume items)
        try checkRows(scan.tables, path: path)
        return (scan, document.notes, document.sha256, document.title)
    }

    /// The shared assembly of a flow document's tables, with the reader's notes added. The scan is
    /// taken over: its raw tables go to the normalize stage and are let go there, table by table.
    private func flowNotice(_ scan: consuming TableScan, notes: [Finding], path: String, sha256: String,
                            title: String, kind: String) -> Notice {
        let bodyLines = scan.bodyLines
        var rawTables: [RawTable] = []
        swap(&rawTables, &scan.tables)
        _ = consume scan
        var notice = assemble(bodyLines: bodyLines, rawTables: consume rawTables, path: path, sha256: sha256,
                              pageCount: 1, unreadablePages: [])
        Self.crossCheck(&notice, bodyLines: bodyLines)
        if notice.metadata.title.isEmpty { notice.metadata.title = title }
        notice.findings += notes
        notice.sources = [NoticeSource(file: path, kind: kind, sha256: sha256, role: .primary)]
        return notice
    }
}
