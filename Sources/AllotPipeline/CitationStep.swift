import AllotModel
import AllotReconcile

/// The batch step of the citation check (`CitationCheck`): every notice's region figures are kept
/// out of memory (`CitationArchive`), and a notice citing a document not read yet is held until the
/// end of the batch, then given with its citation notes and findings. At most `maximumHeld` notices
/// wait (memory stays flat); a notice beyond that is given at once, checked against the documents
/// read before it.
struct CitationStep {
    /// Notices held at most.
    static let maximumHeld = 64
    private var archive: CitationArchive
    /// The held notices, each with its facts (found once: the notice does not change while held).
    private var held: [(notice: Notice, facts: CitationCheck.Facts)] = []

    /// A step keeping the figures in `archive`.
    init(archive: CitationArchive = CitationArchive()) {
        self.archive = archive
    }

    /// The notices to give now for `notice` (none when it waits for a document it cites). `read` are
    /// its facts found on the worker that read it, used while the notice is still the one they
    /// were found in.
    mutating func add(_ notice: Notice, read: ReadFacts? = nil) -> [Notice] {
        let found = read.flatMap { $0.facts(of: notice) != nil ? $0 : nil }
        let own = found?.facts ?? CitationCheck.facts(notice)
        archive.store(own, encoded: found?.encoded)
        if let index = held.firstIndex(where: { $0.notice.id == notice.id }) {
            held[index] = (notice, own)
            return []
        }
        let cited = own.references.filter { $0 != notice.id }
        guard own.province != nil, !cited.isEmpty else { return [notice] }
        if cited.contains(where: { !archive.contains($0) }), held.count < Self.maximumHeld {
            held.append((notice, own))
            return []
        }
        return [checked(notice, own)]
    }

    /// The held notices, checked against everything read, in the order they came.
    mutating func finish() -> [Notice] {
        defer { held = [] }
        return held.map { checked($0.notice, $0.facts) }
    }

    private func checked(_ notice: Notice, _ own: CitationCheck.Facts) -> Notice {
        var notice = notice
        let added = own.references.filter { $0 != own.id }.compactMap { archive.facts($0) }
            .flatMap { CitationCheck.findings(own, cited: $0) }
        if !added.isEmpty { notice.findings += added }
        return notice
    }
}

/// A notice's citation facts found on the worker that read it, and their bytes for the archive,
/// so that the batch step (which runs alone) neither goes over the notice's tables again nor
/// encodes its figures (about 0.5 M instructions a notice of the generated corpus).
struct ReadFacts: Sendable {
    let facts: CitationCheck.Facts
    /// `facts` as `FiguresCoder.encode` writes them into the archive.
    let encoded: [UInt8]
    /// The tables they were found in (kept: see `Array.sharesStorage`).
    private let tables: [AllocationTable]

    init(_ notice: Notice) {
        facts = CitationCheck.facts(notice)
        var bytes: [UInt8] = []
        FiguresCoder.encode(facts, into: &bytes)
        encoded = bytes
        tables = notice.tables
    }

    /// The facts, if `notice` still has what they were found from: its id, tables, cited doc
    /// numbers and the figures stated next to them.
    func facts(of notice: Notice) -> CitationCheck.Facts? {
        guard notice.id == facts.id, notice.tables.sharesStorage(with: tables),
              notice.citedFigures == facts.stated,
              notice.metadata.references.map(\.docNumber) == facts.references else { return nil }
        return facts
    }
}
