import AllotModel

/// Completeness before sums: where a table may have lost rows (gaps found while reading it, pages
/// inside its page range that gave no rows, rows that cannot be placed under a subtotal), and
/// which printed sums depend on the missing part. Those sums are not checked: a mismatch there
/// would blame the document for our misreading.
struct Completeness {
    /// Where rows may be missing.
    let gaps: [TableGap]
    /// Numbers of the total and subtotal rows whose sums are not checked.
    let uncheckable: Set<Int>

    init(_ table: AllocationTable) {
        var gaps = table.gaps
        // The distinct pages, without an array of every row's (a large sheet's rows are on one page).
        var pages = Set<Int>()
        for row in table.rows { pages.insert(row.page) }
        if let first = pages.min(), let last = pages.max(), first < last {
            for page in (first + 1)..<last where !pages.contains(page) && !gaps.contains(where: { $0.page == page }) {
                gaps.append(TableGap(page: page, reason: "page \(page) lies inside table \(table.index) but gave no rows",
                                     zh: "第 \(page) 页位于表 \(table.index) 之内，但未读出任何行"))
            }
        }
        let hasSubtotals = table.rows.contains { $0.level == .subtotal }
        for row in table.rows where row.level == .item && row.parent == nil && hasSubtotals {
            gaps.append(TableGap(page: row.page, reason:
                "\(row.name) (row \(row.number)) cannot be placed under a subtotal: the rows around it may be misread",
                zh: "\(row.name)（第 \(row.number) 行）无法归入任何小计：其前后的行可能读错"))
        }
        self.gaps = gaps.sorted { ($0.page, $0.reason) < ($1.page, $1.reason) }
        guard !gaps.isEmpty else {
            uncheckable = []
            return
        }
        // The total depends on every row; a subtotal on the rows next to a gap: its group (the
        // subtotal and its items) spans the last row before the gap or the first row after it.
        var skipped = Set(table.rows.filter { $0.level == .total }.map(\.number))
        let children = Dictionary(grouping: table.rows.filter { $0.parent != nil }) { $0.parent ?? 0 }
        let boundaries = Set(gaps.flatMap { gap -> [Int] in
            let before = table.rows.last { $0.page < gap.page }?.number
            let after = table.rows.first { $0.page >= gap.page }?.number
            return [before, after].compactMap { $0 }
        })
        for row in table.rows where row.level == .subtotal {
            let numbers = [row.number] + (children[row.number] ?? []).map(\.number)
            guard let low = numbers.min(), let high = numbers.max() else { continue }
            if boundaries.contains(where: { (low...high).contains($0) }) { skipped.insert(row.number) }
        }
        uncheckable = skipped
    }

    /// One `incomplete_table` note per gap, naming the page.
    func notes(table: Int) -> [Finding] {
        gaps.map { Finding(.incompleteTable, table: table, page: $0.page, [.reason: $0.reason, .reasonZH: $0.reasonZH]) }
    }
}
