import AllotModel
import AllotReconcile

/// The batch step of the citation check (`CitationCheck`): every notice's region figures are kept
/// (small), and a notice citing a document not read yet is held until the end of the batch, then
/// given with its citation notes and findings. At most `maximumHeld` notices wait (memory stays
/// flat); a notice beyond that is given at once, checked against the documents read before it.
struct CitationStep {
    /// Notices held at most.
    static let maximumHeld = 64
    private var facts: [String: CitationCheck.Facts] = [:]
    private var held: [Notice] = []

    /// The notices to give now for `notice` (none when it waits for a document it cites).
    mutating func add(_ notice: Notice) -> [Notice] {
        let own = CitationCheck.facts(notice)
        facts[notice.id] = own
        if let index = held.firstIndex(where: { $0.id == notice.id }) {
            held[index] = notice
            return []
        }
        let cited = own.references.filter { $0 != notice.id }
        guard own.province != nil, !cited.isEmpty else { return [notice] }
        if cited.contains(where: { facts[$0] == nil }), held.count < Self.maximumHeld {
            held.append(notice)
            return []
        }
        return [checked(notice)]
    }

    /// The held notices, checked against everything read, in the order they came.
    mutating func finish() -> [Notice] {
        defer { held = [] }
        return held.map(checked)
    }

    private func checked(_ notice: Notice) -> Notice {
        guard let own = facts[notice.id] else { return notice }
        var notice = notice
        let added = own.references.compactMap { facts[$0] }.flatMap { CitationCheck.findings(own, cited: $0) }
        if !added.isEmpty { notice.findings += added }
        return notice
    }
}
