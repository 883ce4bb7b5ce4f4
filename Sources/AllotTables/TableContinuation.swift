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
            if let last = result.last {
                // The title printed again read as the last rows of the part before (it stood in
                // that part's columns), above this part's header.
                let trailing = trailingTitle(last, before: table, settings: settings)
                if trailing > 0 {
                    var head = last
                    head.rows.removeLast(trailing)
                    if continues(table, after: head) {
                        head.rows += table.rows
                        head.gaps += table.gaps
                        result[result.count - 1] = head
                        continue
                    }
                    markBreak(&result[result.count - 1], &table)
                }
                // … or as this part's first rows.
                let furniture = repeatedFurniture(table, after: last, settings: settings)
                if furniture > 0 {
                    var rest = table
                    rest.rows.removeFirst(furniture)
                    rest.title = ""
                    if !rest.rows.isEmpty, continues(rest, after: last) {
                        result[result.count - 1].rows += rest.rows
                        result[result.count - 1].gaps += rest.gaps
                        continue
                    }
                    markBreak(&result[result.count - 1], &table)
                }
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
    /// Both parts possibly incomplete at the page where the second starts.
    private static func markBreak(_ previous: inout RawTable, _ next: inout RawTable) {
        guard let page = next.rows.first?.page, !previous.gaps.contains(where: { $0.page == page }) else { return }
        previous.gaps.append(TableGap(page: page, reason:
            "table \(next.index) on page \(page) opens under this table's title printed again but its columns "
                + "do not line up: this table's rows may continue there",
            zh: "第 \(page) 页的表 \(next.index) 在本表标题之下开始，但列未对齐：本表的行可能在此延续"))
        next.gaps.append(TableGap(page: page, reason:
            "the table opens on page \(page) under the title of table \(previous.index) printed again: it may continue that table",
            zh: "本表在第 \(page) 页于表 \(previous.index) 的标题之下开始：可能是该表的延续"))
    }

    /// The text of a row that holds no amount, without spaces; nil for an empty row or one with amounts.
    private static func furnitureText(_ row: RawTableRow, in table: RawTable) -> String? {
        let amounts = table.columns.indices.filter { table.columns[$0].role == .amount }
        guard !amounts.contains(where: { row.cells.indices.contains($0) && TableFurniture.isAmount(row.cells[$0]) })
        else { return nil }
        let compact = row.cells.joined().filter { !$0.isWhitespace && $0 != "\u{3000}" }
        return compact.isEmpty ? nil : compact
    }

    /// True when `text` is `table`'s title printed again (at least half its length: a heading
    /// row whose few words are in the title, 基本支出, is none), or, for a table whose title was
    /// not read, a line that names a 表 (…决算表, 续表).
    private static func isTitle(_ text: String, of table: RawTable, settings: TableSettings) -> Bool {
        if !table.title.isEmpty {
            return 2 * text.count >= table.title.count && TitleAgain(title: table.title, settings: settings).matches(text)
        }
        let rest = TitleAgain.withoutContinuationMark(text)
        return rest.marked || (rest.rest.count >= settings.titleNamesTableLength && rest.rest.hasSuffix("表"))
    }

    /// How many of `previous`'s last rows are a title printed again (and a unit line after it) at
    /// the top of the page where `next` starts, below rows of `previous` on earlier pages.
    static func trailingTitle(_ previous: RawTable, before next: RawTable, settings: TableSettings) -> Int {
        guard next.title.isEmpty, let page = next.rows.first?.page,
              previous.rows.contains(where: { $0.page < page }) else { return 0 }
        var count = 0
        var titled = false
        for row in previous.rows.reversed() {
            guard row.page == page, let text = furnitureText(row, in: previous) else { break }
            if isTitle(text, of: previous, settings: settings) {
                titled = true
            } else if TableFurniture.unit(text) == nil, TableFurniture.compiler(text) == nil {
                break
            }
            count += 1
        }
        // The run must start at the page's top: no row of `previous` before it on that page.
        guard titled, !previous.rows.dropLast(count).contains(where: { $0.page == page }) else { return 0 }
        return count
    }

    static func repeatedFurniture(_ next: RawTable, after previous: RawTable, settings: TableSettings) -> Int {
        guard !previous.title.isEmpty, let lastPage = previous.rows.last?.page, let first = next.rows.first,
              first.page == lastPage + 1 else { return 0 }
        guard let title = furnitureText(first, in: next), isTitle(title, of: previous, settings: settings) else { return 0 }
        var count = 1
        while count < next.rows.count, next.rows[count].page == first.page, let line = furnitureText(next.rows[count], in: next),
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
