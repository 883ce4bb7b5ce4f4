import AllotModel

/// The canonical order of notices, and which notice the dataset keeps when several share an id.
enum NoticeOrder {
    /// Bytewise UTF-8 order of the id (as SQLite's BINARY collation sorts it), then of the source file
    /// and its hash, so any input order gives the same sequence.
    static func precedes(_ lhs: Notice, _ rhs: Notice) -> Bool {
        for (left, right) in [(lhs.id, rhs.id), (lhs.sourceFile, rhs.sourceFile), (lhs.sha256, rhs.sha256)]
        where left != right {
            return left.utf8.lexicographicallyPrecedes(right.utf8)
        }
        return false
    }

    /// One notice per id, in canonical order: the last of each id wins, as if the notices were ingested one
    /// by one in canonical order, each replacing the previous one with its id.
    static func latestPerID(_ notices: [Notice]) -> (kept: [Notice], duplicates: [DuplicateNotice]) {
        let sorted = notices.sorted(by: precedes)
        var kept: [Notice] = []
        var duplicates: [DuplicateNotice] = []
        var first = 0
        while first < sorted.count {
            var last = first
            while last + 1 < sorted.count, sorted[last + 1].id == sorted[first].id { last += 1 }
            kept.append(sorted[last])
            if last > first {
                duplicates.append(DuplicateNotice(id: sorted[last].id, kept: sorted[last].sourceFile,
                                                  dropped: sorted[first..<last].map(\.sourceFile)))
            }
            first = last + 1
        }
        return (kept, duplicates)
    }
}
