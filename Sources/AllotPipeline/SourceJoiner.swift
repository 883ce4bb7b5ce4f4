import AllotModel
import AllotNotice
import AllotText
import Foundation

/// Joins each non-HTML file of a batch to its notice, as `BatchRunner.run` describes: the held
/// HTML pages, the attachment links they make, and per notice id what later files added (their
/// source records and findings, a few fields each). The notices read last are kept (a bounded
/// number of rows), so a later file of the same notice reads no earlier file again; only a
/// workbook read before its notice named the issuer is read once more, with it, and a file that
/// has left the cache (a notice whose files lie far apart in the batch) is read again.
struct SourceJoiner {
    let processor: NoticeProcessor
    let pages: [String: [Notice]]
    /// Attachment file name (lowercased) → id of the page that links to it.
    let linked: [String: String]
    /// Ids of pages that were joined to a file (not given again at the end).
    private(set) var paired = Set<String>()
    /// Per notice id already given: the kept file and what the later files added.
    private var given: [String: Joined] = [:]
    /// The notices read last, by file and the issuer they were read with ("" for the batch's own
    /// reading), so that no file is read again for a later file of its notice (at most
    /// `cacheSize` notices and `cacheRows` rows, the oldest dropped first: memory stays flat).
    private var recent: [String: Notice] = [:]
    private var recentOrder: [String] = []
    private var recentRows = 0
    private let cacheSize = 32
    private let cacheRows = 20_000

    /// What is known of a notice given already.
    private struct Joined {
        /// The file the notice is kept from.
        var kept: String
        /// Files holding its table (read again whenever the notice is given again).
        var attachments: [String] = []
        /// Sources and findings the other later files added.
        var sources: [NoticeSource] = []
        var findings: [Finding] = []
    }

    /// Attachment titles from the 附件 lines of the notices seen (compact, without a file ending) →
    /// notice id: a file named after one of them is that notice's attachment.
    private var titled: [String: String] = [:]

    init(processor: NoticeProcessor, pages: [String: [Notice]], linked: [String: String]) {
        self.processor = processor
        self.pages = pages
        self.linked = linked
        for (id, group) in pages.sorted(by: { $0.key < $1.key }) {
            for page in group { noteAttachmentTitles(of: page, id: id) }
        }
    }

    /// Remembers the titles a notice's 附件 line lists.
    private mutating func noteAttachmentTitles(of notice: Notice, id: String) {
        for entry in notice.metadata.attachments {
            let key = Self.titleKey(entry.title)
            if key.count >= 4, titled[key] == nil { titled[key] = id }
        }
    }

    /// A title or file name compared: whitespace-free, normalized, without a file ending.
    private static func titleKey(_ text: String) -> String {
        var name = NameNormalizer.normalize(text)
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 6,
           name[name.index(after: dot)...].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            name = String(name[..<dot])
        }
        return name
    }

    /// The notice to give for the file just read: itself (joined to its portal pages), or, for a
    /// notice given already, that notice again with the new file joined.
    mutating func join(_ read: Notice) -> Notice {
        let notice = identify(read)
        guard var record = given[notice.id] else {
            given[notice.id] = Joined(kept: notice.sourceFile, attachments: [])
            remember(read, issuer: "")
            if !isAttachment(notice) { noteAttachmentTitles(of: notice, id: notice.id) }
            return withPages(notice)
        }
        remember(read, issuer: "")
        guard let again = self.read(record.kept, issuer: "") else { return withPages(notice) }
        var kept = withPages(identify(again))
        var other = notice
        // The signed PDF is kept over an attachment or a portal page given before it.
        if isDocument(notice), !isDocument(kept) {
            record.kept = notice.sourceFile
            swap(&kept, &other)
            kept = withPages(kept)
        }
        if isAttachment(other) {
            record.attachments.append(other.sourceFile)
        } else {
            let joined = kind(other) == "html" ? SourceMerger.crossCheck(kept, with: other)
                : SourceMerger.conflict(kept, with: other)
            record.sources += joined.sources.dropFirst(kept.sources.count)
                + other.sources.dropFirst().filter { source in !joined.sources.contains { $0.file == source.file } }
            let before = Set(kept.findings)
            record.findings += joined.findings.filter { !before.contains($0) }
        }
        given[notice.id] = record
        // An attachment that names no issuer is read as the kept notice's table (its province
        // from the notice's issuer): one the batch read without it is read once more with it.
        for path in record.attachments {
            guard let plain = self.read(path, issuer: "") else { continue }
            let issuer = needsIssuer(plain, from: kept) ? kept.metadata.issuer : ""
            if let attachment = issuer.isEmpty ? plain : self.read(path, issuer: issuer) {
                kept = SourceMerger.attach(identify(attachment), to: kept)
            }
        }
        kept.sources += record.sources
        kept.findings += record.findings
        return kept
    }

    /// The notice read from `path` with `issuer` as the issuer of the notice it is attached to:
    /// as kept from an earlier reading, else read now (and kept); nil when it cannot be read.
    private mutating func read(_ path: String, issuer: String) -> Notice? {
        if let notice = recent[Self.cacheKey(path, issuer)] { return notice }
        var reader = processor
        reader.attachedToIssuer = issuer
        guard let notice = try? reader.process(path: path) else { return nil }
        remember(notice, issuer: issuer)
        return notice
    }

    private static func cacheKey(_ path: String, _ issuer: String) -> String {
        path + "\u{1F}" + issuer
    }

    /// Keeps a file's notice as read with `issuer`, for a file with the same id soon after; a
    /// notice larger than the whole row budget is not kept.
    private mutating func remember(_ notice: Notice, issuer: String) {
        let rows = Self.rowCount(notice)
        guard rows <= cacheRows else { return }
        let key = Self.cacheKey(notice.sourceFile, issuer)
        if let old = recent.updateValue(notice, forKey: key) {
            recentRows -= Self.rowCount(old)
        } else {
            recentOrder.append(key)
        }
        recentRows += rows
        while recentOrder.count > cacheSize || recentRows > cacheRows, !recentOrder.isEmpty {
            if let dropped = recent.removeValue(forKey: recentOrder.removeFirst()) { recentRows -= Self.rowCount(dropped) }
        }
    }

    private static func rowCount(_ notice: Notice) -> Int {
        notice.tables.reduce(0) { $0 + $1.rows.count }
    }

    /// True when `attachment` has tables read without an issuer and `notice` names one.
    private func needsIssuer(_ attachment: Notice, from notice: Notice) -> Bool {
        !attachment.tables.isEmpty && attachment.metadata.issuer.isEmpty && !notice.metadata.issuer.isEmpty
    }

    private func isAttachment(_ notice: Notice) -> Bool {
        notice.sources.first?.role == .attachment
    }

    /// A notice read from a signed document of its own, PDF or OFD (not an attachment, not a portal page).
    private func isDocument(_ notice: Notice) -> Bool {
        !isAttachment(notice) && ["pdf", "ofd"].contains(kind(notice))
    }

    private func kind(_ notice: Notice) -> String {
        notice.sources.first?.kind ?? NoticeProcessor.kind(of: notice.sourceFile)
    }

    /// The notice a file belongs to: its own doc number; a page's when the page links to the file;
    /// when it prints none itself, the doc number in its file name (晋乡振发〔2022〕125号附件.xlsx) or
    /// the notice whose 附件 line lists its name (a notice seen before it).
    private mutating func identify(_ notice: Notice) -> Notice {
        let name = (notice.sourceFile as NSString).lastPathComponent
        if pages[notice.id] == nil, let owner = linked[name.lowercased()], let page = pages[owner]?.first {
            paired.insert(owner)
            return SourceMerger.attach(notice, to: page)
        }
        let number = DocNumber.find(in: name) ?? titled[Self.titleKey(name)]
        if notice.metadata.docNumber.isEmpty, let number, number != notice.id {
            var attachment = notice
            attachment.id = number
            attachment.sources = attachment.sources.map { source in
                var source = source
                source.role = .attachment
                return source
            }
            if let page = pages[number]?.first {
                paired.insert(number)
                return SourceMerger.attach(attachment, to: page)
            }
            return attachment
        }
        return notice
    }

    /// The notice cross-checked against the portal pages with its id (each page once).
    private mutating func withPages(_ notice: Notice) -> Notice {
        guard let twins = pages[notice.id] else { return notice }
        paired.insert(notice.id)
        return twins.reduce(notice) { joined, page in
            joined.sources.contains { $0.file == page.sourceFile } ? joined : SourceMerger.crossCheck(joined, with: page)
        }
    }
}
