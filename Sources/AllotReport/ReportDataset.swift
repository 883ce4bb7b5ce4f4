import AllotModel
import AllotStore
import Foundation

/// Reads a dataset folder (notices.csv, allocations.csv, findings.csv) through the dataset reader into
/// report notices, in the order of notices.csv.
public enum ReportDataset {
    private typealias Notices = NoticeColumns
    private typealias Cells = AllocationColumns

    /// Reads the dataset in `directory`.
    public static func read(directory: String) throws(ReportError) -> [ReportNotice] {
        let dataset: DatasetCSV
        do {
            dataset = try DatasetReader(directory: URL(fileURLWithPath: directory)).read()
            try require(dataset.allocations, [Cells.tableNo, Cells.rowNo, Cells.page, Cells.level, Cells.name,
                                              Cells.columnName, Cells.amount])
            // The columns every dataset version has; later ones (severity, finding_id, message_zh) are optional.
            try require(dataset.findings, [FindingColumns.noticeID, FindingColumns.tableNo, FindingColumns.rowNo,
                                           FindingColumns.page, FindingColumns.name, FindingColumns.columnName,
                                           FindingColumns.checkName, FindingColumns.stated, FindingColumns.computed,
                                           FindingColumns.message])
        } catch {
            throw ReportError(error)
        }
        var rowsById: [String: [Cell]] = [:]
        var findingsById: [String: [Finding]] = [:]
        do {
            for row in dataset.allocations.keyedRows { rowsById[row[Cells.noticeID], default: []].append(try Cell(row)) }
            for row in dataset.findings.keyedRows {
                findingsById[row[FindingColumns.noticeID], default: []].append(try FindingColumns.finding(row))
            }
        } catch {
            throw ReportError(error)
        }

        var result: [ReportNotice] = []
        let records = dataset.notices.keyedRows
        let ids = records.map { $0[Notices.noticeID] }
        for (index, record) in records.enumerated() {
            let id = ids[index]
            // Notices sharing an id share its rows in the files, in the same order: each takes its count.
            let isLast = !ids[(index + 1)...].contains(id)
            let rowCount = isLast ? nil : Int(record[Notices.rowCount])
            let findingCount = isLast ? nil : Int(record[Notices.findingCount])
            let cells = take(&rowsById[id, default: []], rows: rowCount)
            let noticeFindings = take(&findingsById[id, default: []], count: findingCount)
            result.append(ReportNotice(
                id: id, metadata: dataset.notices.header.map { .init(name: $0, value: record.value(named: $0)) },
                tables: tables(cells), findings: noticeFindings))
        }
        return result
    }

    private static func require(_ csv: CSVTable, _ columns: [DatasetColumn]) throws(StoreError) {
        if let missing = csv.missing(columns) { throw .invalid(path: csv.path, line: 1, reason: "no column \(missing.name)") }
    }

    /// One allocations.csv row: a cell of a row.
    private struct Cell {
        var table: Int
        var row: ReportNotice.Row
        var column: String
        var amount: String
        var unit: String
        var title: String
        var compiler: String

        init(_ record: DatasetRow) throws(StoreError) {
            table = try record.integer(Cells.tableNo)
            row = ReportNotice.Row(number: try record.integer(Cells.rowNo), page: try record.integer(Cells.page),
                                   level: record[Cells.level], name: record[Cells.name], region: record[Cells.region],
                                   remark: record[Cells.remark], amounts: [:],
                                   amountSource: record[Cells.amountSource], minConfidence: record[Cells.minConfidence])
            row.place = HierarchyHTML.Place(record)
            column = record[Cells.columnName]
            amount = record[Cells.amount]
            unit = record[Cells.unit]
            title = record[Cells.tableTitle]
            compiler = record[Cells.compiler]
        }
    }

    /// The first cells of `queue` making up `rows` rows (all when nil); removes them. A row's cells are adjacent.
    private static func take(_ queue: inout [Cell], rows: Int?) -> [Cell] {
        guard let rows else { defer { queue = [] }; return queue }
        var started = 0
        var end = 0
        while end < queue.count {
            let startsRow = end == 0 || queue[end].table != queue[end - 1].table
                || queue[end].row.number != queue[end - 1].row.number
            if startsRow {
                if started == rows { break }
                started += 1
            }
            end += 1
        }
        defer { queue.removeFirst(end) }
        return Array(queue[..<end])
    }

    private static func take(_ queue: inout [Finding], count: Int?) -> [Finding] {
        let end = min(count ?? queue.count, queue.count)
        defer { queue.removeFirst(end) }
        return Array(queue[..<end])
    }

    /// Cells grouped into tables and rows, in the order they come.
    private static func tables(_ cells: [Cell]) -> [ReportNotice.Table] {
        var tables: [ReportNotice.Table] = []
        for cell in cells {
            if tables.last?.number != cell.table {
                tables.append(ReportNotice.Table(number: cell.table, unit: cell.unit, title: cell.title,
                                                 compiler: cell.compiler, columns: [], rows: []))
            }
            let last = tables.count - 1
            if !tables[last].columns.contains(cell.column) { tables[last].columns.append(cell.column) }
            if tables[last].rows.last?.number != cell.row.number { tables[last].rows.append(cell.row) }
            tables[last].rows[tables[last].rows.count - 1].amounts[cell.column] = cell.amount
        }
        return tables
    }
}
