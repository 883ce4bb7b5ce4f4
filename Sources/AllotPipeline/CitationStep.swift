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
    private var held: [Notice] = []

    /// A step keeping the figures in `archive`.
    init(archive: CitationArchive = CitationArchive()) {
        self.archive = archive
    }

    /// The notices to give now for `notice` (none when it waits for a document it cites).
    mutating func add(_ notice: Notice) -> [Notice] {
        let own = CitationCheck.facts(notice)
        archive.store(own)
        if let index = held.firstIndex(where: { $0.id == notice.id }) {
            held[index] = notice
            return []
        }
        let cited = own.references.filter { $0 != notice.id }
        guard own.province != nil, !cited.isEmpty else { return [notice] }
        if cited.contains(where: { !archive.contains($0) }), held.count < Self.maximumHeld {
            held.append(notice)
            return []
        }
        return [checked(notice, own)]
    }

    /// The held notices, checked against everything read, in the order they came.
    mutating func finish() -> [Notice] {
        defer { held = [] }
        return held.map { checked($0, CitationCheck.facts($0)) }
    }

    private func checked(_ notice: Notice, _ own: CitationCheck.Facts) -> Notice {
        var notice = notice
        let added = own.references.filter { $0 != own.id }.compactMap { archive.facts($0) }
            .flatMap { CitationCheck.findings(own, cited: $0) }
        if !added.isEmpty { notice.findings += added }
        return notice
    }
}
