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
        var bytes: [UInt8]?
        if ArchiveReader.isMemberPath(path) {
            do {
                bytes = try ArchiveReader().read(memberPath: path)
            } catch {
                throw .office(error)
            }
        }
        let format = DocumentFormat.sniff(path: path, bytes: bytes)
        switch format {
        case .pdf:
            guard let bytes else { return try trace(path: path).notice }
            let document: SourceDocument
            do {
                document = try PDFExtractor(password: options.password).extract(bytes: bytes, path: path)
            } catch {
                throw .pdf(error)
            }
            guard document.hasTextLayer else { throw .noTextLayer(path: path) }
            return trace(document).notice
        case .html:
            let page: HTMLNotice
            let grid = options.grid
            let extractor = HTMLExtractor(showsTables: { !FlowReader(settings: grid).scan($0).tables.isEmpty })
            do throws(HTMLError) {
                if let bytes {
                    page = try extractor.extract(bytes: bytes, path: path)
                } else {
                    page = try extractor.extract(path: path)
                }
            } catch {
                throw .html(error)
            }
            var notice = flowNotice(FlowReader(settings: options.grid).scan(page.items), notes: page.notes, path: page.path,
                                    sha256: page.sha256, title: "", kind: "html")
            // A portal page often gives the title only in its heading, meta tags or <title>, and the
            // date only as the publication date. The article heading (or meta title) is preferred;
            // <title> only fills an empty title.
            if page.portal.titleIsStated || notice.metadata.title.isEmpty, !page.portal.title.isEmpty {
                notice.metadata.title = page.portal.title
            }
            if notice.metadata.date.isEmpty { notice.metadata.date = page.portal.date }
            notice.attachmentLinks = page.portal.attachments
            return notice
        case .xlsx, .xls, .docx, .legacyDocument, .legacySpreadsheet:
            let read = try officeScan(path: path, format: format, bytes: bytes)
            return flowNotice(read.scan, notes: read.notes, path: path, sha256: read.sha256, title: read.title,
                              kind: Self.kind(of: path))
        case .ofd:
            let ofd: OFDDocument
            do {
                ofd = try OFDExtractor().extract(path: path, bytes: bytes)
            } catch {
                throw .office(error)
            }
            guard ofd.document.hasTextLayer else { throw .noTextLayer(path: path) }
            var notice = trace(ofd.document).notice
            if notice.metadata.title.isEmpty { notice.metadata.title = ofd.title }
            return notice
        case .archive:
            throw .unsupported(path: path, reason: "a ZIP archive inside an archive member list; "
                + "give the archive itself to read its members")
        }
    }

    /// An office document through the flow table stage. The document (its grids) goes away on
    /// return: only the tables are held while the notice is assembled.
    private func officeScan(path: String, format: DocumentFormat, bytes: [UInt8]?) throws(ProcessError)
        -> (scan: TableScan, notes: [Finding], sha256: String, title: String) {
        let document: OfficeDocument
        do {
            document = try OfficeExtractor(maximumColumns: options.grid.maximumColumns)
                .extract(path: path, format: format, bytes: bytes)
        } catch {
            throw .office(error)
        }
        return (FlowReader(settings: options.grid).scan(document.items), document.notes, document.sha256,
                document.title)
    }

    /// The shared assembly of a flow document's tables, with the reader's notes added.
    private func flowNotice(_ scan: TableScan, notes: [Finding], path: String, sha256: String,
                            title: String, kind: String) -> Notice {
        var notice = assemble(bodyLines: scan.bodyLines, rawTables: scan.tables, path: path, sha256: sha256,
                              pageCount: 1, unreadablePages: [])
        if notice.metadata.title.isEmpty { notice.metadata.title = title }
        notice.findings += notes
        notice.sources = [NoticeSource(file: path, kind: kind, sha256: sha256, role: .primary)]
        return notice
    }
}
