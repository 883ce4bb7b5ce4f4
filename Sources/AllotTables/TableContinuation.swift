import AllotModel
import AllotText

/// Joins a table that a page break split in two when the header printed on the new page did not
/// match the first page's closely enough to be dropped as a repeat: the second part has the same
/// columns, no title of its own (or the first part's again), starts on the page after the first
/// part ends, and the first part has no total (its total is the second part's), or prints its
/// total first, above its rows, while the second part opens with no total of its own (a table of
/// the same shape that prints its total first would open with it).
public enum TableContinuation {
    /// The tables with continued parts merged into the part before them, renumbered.
    public static func merged(_ tables: [RawTable]) -> [RawTable] {
        var result: [RawTable] = []
        for table in tables {
            if let last = result.last, continues(table, after: last) {
                result[result.count - 1].rows += table.rows
            } else {
                var next = table
                next.index = result.count + 1
                result.append(next)
            }
        }
        return result
    }

    static func continues(_ next: RawTable, after previous: RawTable) -> Bool {
        guard next.title.isEmpty || next.title == previous.title,
              next.attachment.isEmpty || next.attachment == previous.attachment,
              next.columns.map(\.name) == previous.columns.map(\.name),
              next.columns.map(\.role) == previous.columns.map(\.role),
              let lastPage = previous.rows.last?.page, let firstPage = next.rows.first?.page,
              firstPage == lastPage + 1 else { return false }
        guard let label = previous.columns.firstIndex(where: { $0.role == .label }) else { return false }
        let totals = previous.rows.indices.filter { isTotal(previous.rows[$0], label: label) }
        guard let first = totals.first else { return true }
        return totals == [first] && opensWithTotal(previous, at: first, label: label)
            && !(next.rows.first.map { isTotal($0, label: label) } ?? false)
    }

    /// True when the table's only total at `index` comes before every row with a label (合计 first).
    private static func opensWithTotal(_ table: RawTable, at index: Int, label: Int) -> Bool {
        !table.rows[..<index].contains { row in
            row.cells.indices.contains(label) && !row.cells[label].allSatisfy { $0.isWhitespace || $0 == "\u{3000}" }
        }
    }

    private static func isTotal(_ row: RawTableRow, label: Int) -> Bool {
        row.cells.indices.contains(label) && RowClassifier.classify(row.cells[label]).level == .total
    }
}
