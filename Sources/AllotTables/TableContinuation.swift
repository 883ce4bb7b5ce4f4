import AllotModel
import AllotText

/// Joins a table that a page break split in two when the header printed on the new page did not
/// match the first page's closely enough to be dropped as a repeat: the second part has the same
/// columns, no title of its own (or the first part's again), starts on the page after the first
/// part ends, and the first part has no total (its total is the second part's), or prints its
/// total first, above its rows, while the second part opens with no total of its own (a table of
/// the same shape that prints its total first would open with it).
/// A second part whose first rows are the first part's title (and unit line) printed again,
/// read as rows because they stood inside the part's box, is joined the same way without them;
/// when it does not join, both parts are marked as possibly incomplete at the page break (the
/// rows of one may continue in the other: their sums there are notes, not findings).
public enum TableContinuation {
    /// The tables with continued parts merged into the part before them, renumbered.
    public static func merged(_ tables: [RawTable], settings: TableSettings = TableSettings()) -> [RawTable] {
        var result: [RawTable] = []
        for var table in tables {
            let furniture = result.last.map { repeatedFurniture(table, after: $0, settings: settings) } ?? 0
            if furniture > 0, let last = result.last {
                var rest = table
                rest.rows.removeFirst(furniture)
                rest.title = ""
                if !rest.rows.isEmpty, continues(rest, after: last) {
                    result[result.count - 1].rows += rest.rows
                    result[result.count - 1].gaps += rest.gaps
                    continue
                }
                let page = table.rows[0].page
                result[result.count - 1].gaps.append(TableGap(page: page, reason:
                    "table \(table.index) on page \(page) opens with this table's title printed again but its columns "
                        + "do not line up: this table's rows may continue there",
                    zh: "第 \(page) 页的表 \(table.index) 以本表标题开头，但列未对齐：本表的行可能在此延续"))
                table.gaps.append(TableGap(page: page, reason:
                    "the table opens on page \(page) with the title of table \(last.index) printed again: it may continue that table",
                    zh: "本表在第 \(page) 页以表 \(last.index) 的标题开头：可能是该表的延续"))
            }
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

    /// How many rows at the top of `next` are `previous`'s title and unit line printed again on the
    /// page after its last row: rows without amounts whose text is the title again (`TitleAgain`,
    /// at least half the title's length), the first of them, or a unit or compiler line after it. 0 when the first row is no title.
    static func repeatedFurniture(_ next: RawTable, after previous: RawTable, settings: TableSettings) -> Int {
        guard !previous.title.isEmpty, let lastPage = previous.rows.last?.page, let first = next.rows.first,
              first.page == lastPage + 1 else { return 0 }
        let amounts = next.columns.indices.filter { next.columns[$0].role == .amount }
        func text(_ row: RawTableRow) -> String? {
            guard row.page == first.page,
                  !amounts.contains(where: { row.cells.indices.contains($0) && TableFurniture.isAmount(row.cells[$0]) })
            else { return nil }
            let compact = row.cells.joined().filter { !$0.isWhitespace && $0 != "\u{3000}" }
            return compact.isEmpty ? nil : compact
        }
        // A heading row without amounts whose few words are in the title (基本支出) is no title.
        guard let title = text(first), 2 * title.count >= previous.title.count, TitleAgain(title: previous.title, settings: settings).matches(title) else { return 0 }
        var count = 1
        while count < next.rows.count, let line = text(next.rows[count]),
              TableFurniture.unit(line) != nil || TableFurniture.compiler(line) != nil {
            count += 1
        }
        return count
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
