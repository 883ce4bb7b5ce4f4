import AllotModel
import AllotNotice
import Foundation

/// Joins each non-HTML file of a batch to its notice, as `BatchRunner.run` describes: the held
/// HTML pages, the attachment links they make, and per notice id the first file given (a few
/// fields per id, so memory stays flat over a corpus).
struct SourceJoiner {
    let processor: NoticeProcessor
    let pages: [String: [Notice]]
    /// Attachment file name (lowercased) → id of the page that links to it.
    let linked: [String: String]
    /// Ids of pages that were joined to a file (not given again at the end).
    private(set) var paired = Set<String>()
    /// Per notice id already given: the paths of its files, in the order they came.
    private var given: [String: [String]] = [:]

    init(processor: NoticeProcessor, pages: [String: [Notice]], linked: [String: String]) {
        self.processor = processor
        self.pages = pages
        self.linked = linked
    }

    /// The notice to give for the file just read.
    mutating func join(_ read: Notice) -> Notice {
        let notice = identify(read)
        guard var paths = given[notice.id] else {
            given[notice.id] = [notice.sourceFile]
            return withPages(notice)
        }
        // Another file of a notice already given: read the earlier files again and join them all,
        // the signed document first.
        paths.append(notice.sourceFile)
        given[notice.id] = paths
        var all: [Notice] = []
        for path in paths {
            if path == notice.sourceFile {
                all.append(notice)
            } else if let again = try? processor.process(path: path) {
                all.append(identify(again))
            }
        }
        let primary = all.first { !isAttachment($0) && kind($0) == "pdf" } ?? all.first { !isAttachment($0) } ?? notice
        var joined = withPages(primary)
        for other in all where other.sourceFile != primary.sourceFile {
            if isAttachment(other) {
                joined = SourceMerger.attach(other, to: joined)
            } else if kind(other) == "html" {
                // A portal page joined to an attachment earlier: cross-checked, its files listed.
                joined = SourceMerger.crossCheck(joined, with: other)
                joined.sources += other.sources.dropFirst().filter { source in !joined.sources.contains { $0.file == source.file } }
            } else {
                joined = SourceMerger.conflict(joined, with: other)
            }
        }
        return joined
    }

    private func isAttachment(_ notice: Notice) -> Bool {
        notice.sources.first?.role == .attachment
    }

    private func kind(_ notice: Notice) -> String {
        notice.sources.first?.kind ?? NoticeProcessor.kind(of: notice.sourceFile)
    }

    /// The notice a file belongs to: its own doc number; a page's when the page links to the file;
    /// the doc number in its file name when it prints none itself (晋乡振发〔2022〕125号附件.xlsx).
    private mutating func identify(_ notice: Notice) -> Notice {
        let name = (notice.sourceFile as NSString).lastPathComponent
        if pages[notice.id] == nil, let owner = linked[name.lowercased()], let page = pages[owner]?.first {
            paired.insert(owner)
            return SourceMerger.attach(notice, to: page)
        }
        if notice.metadata.docNumber.isEmpty, let number = DocNumber.find(in: name), number != notice.id {
            var attachment = notice
            attachment.id = number
            attachment.sources = attachment.sources.map { var source = $0; source.role = .attachment; return source }
            if let page = pages[number]?.first {
                paired.insert(number)
                return SourceMerger.attach(attachment, to: page)
            }
            return attachment
        }
        return notice
    }

    /// The notice cross-checked against the portal pages with its id.
    private mutating func withPages(_ notice: Notice) -> Notice {
        guard let twins = pages[notice.id] else { return notice }
        paired.insert(notice.id)
        return twins.reduce(notice) { joined, page in
            joined.sources.contains { $0.file == page.sourceFile } ? joined : SourceMerger.crossCheck(joined, with: page)
        }
    }
}
