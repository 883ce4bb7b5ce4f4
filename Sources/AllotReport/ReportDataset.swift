import Foundation

/// Reads a dataset folder (notices.csv, allocations.csv, findings.csv) into report notices, in the
/// order of notices.csv.
public enum ReportDataset {
    /// Reads the dataset in `directory`.
    public static func read(directory: String) throws(ReportError) -> [ReportNotice] {
        let folder = URL(fileURLWithPath: directory)
        let notices = try load(folder, "notices.csv", required: ["notice_id"])
        let allocations = try load(folder, "allocations.csv",
                                   required: ["notice_id", "table", "row", "page", "level", "name", "column", "amount"])
        let findings = try load(folder, "findings.csv",
                                required: ["notice_id", "table", "row", "page", "name", "column", "check", "stated",
                                           "computed", "difference", "message"])
        var rowsById: [String: [Cell]] = [:]
        for record in allocations.records { rowsById[record.text("notice_id"), default: []].append(try Cell(record)) }
        var findingsById: [String: [ReportNotice.Finding]] = [:]
        for record in findings.records { findingsById[record.text("notice_id"), default: []].append(try finding(record)) }

        var result: [ReportNotice] = []
        let ids = notices.records.map { $0.text("notice_id") }
        for (index, record) in notices.records.enumerated() {
            let id = ids[index]
            // Notices sharing an id share its rows in the files, in the same order: each takes its count.
            let isLast = !ids[(index + 1)...].contains(id)
            let rowCount = isLast ? nil : Int(record.text("rows"))
            let findingCount = isLast ? nil : Int(record.text("findings"))
            let cells = take(&rowsById[id, default: []], rows: rowCount)
            let noticeFindings = take(&findingsById[id, default: []], count: findingCount)
            result.append(ReportNotice(
                id: id, metadata: notices.header.map { .init(name: $0, value: record.text($0)) },
                tables: tables(cells), findings: noticeFindings))
        }
        return result
    }

    /// A parsed file: its path, header and records.
    private struct File {
        var path: String
        var header: [String]
        var records: [Record]
    }

    /// One record of a file, with typed access to its fields.
    private struct Record {
        var path: String
        var line: Int
        var values: [String: String]

        func text(_ field: String) -> String { values[field] ?? "" }

        func int(_ field: String) throws(ReportError) -> Int {
            guard let value = Int(text(field)) else {
                throw .malformed(path: path, line: line, reason: "\(field) is not a whole number: \(text(field))")
            }
            return value
        }
    }

    private static func load(_ folder: URL, _ name: String, required: [String]) throws(ReportError) -> File {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .unreadable(path: url.path, reason: "no such file (give a dataset folder written by allot ingest)")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        let csv: CSVRecords
        do {
            csv = try CSVRecords(parsing: text)
        } catch {
            throw .malformed(path: url.path, line: error.line, reason: "malformed CSV: \(error.reason)")
        }
        if let missing = required.first(where: { !csv.header.contains($0) }) {
            throw .malformed(path: url.path, line: 1, reason: "no column \(missing)")
        }
        return File(path: url.path, header: csv.header,
                    records: csv.dictionaries.map { Record(path: url.path, line: $0.line, values: $0.values) })
    }

    /// One allocations.csv record: a cell of a row.
    private struct Cell {
        var table: Int
        var row: ReportNotice.Row
        var column: String
        var amount: String
        var unit: String

        init(_ record: Record) throws(ReportError) {
            table = try record.int("table")
            row = ReportNotice.Row(number: try record.int("row"), page: try record.int("page"), level: record.text("level"),
                                   name: record.text("name"), region: record.text("region"),
                                   remark: record.text("remark"), amounts: [:])
            column = record.text("column")
            amount = record.text("amount")
            unit = record.text("unit")
        }
    }

    private static func finding(_ record: Record) throws(ReportError) -> ReportNotice.Finding {
        ReportNotice.Finding(table: try record.int("table"), row: try record.int("row"), page: try record.int("page"),
                             name: record.text("name"), column: record.text("column"), check: record.text("check"),
                             stated: record.text("stated"), computed: record.text("computed"),
                             difference: record.text("difference"), message: record.text("message"))
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

    private static func take(_ queue: inout [ReportNotice.Finding], count: Int?) -> [ReportNotice.Finding] {
        let end = min(count ?? queue.count, queue.count)
        defer { queue.removeFirst(end) }
        return Array(queue[..<end])
    }

    /// Cells grouped into tables and rows, in the order they come.
    private static func tables(_ cells: [Cell]) -> [ReportNotice.Table] {
        var tables: [ReportNotice.Table] = []
        for cell in cells {
            if tables.last?.number != cell.table {
                tables.append(ReportNotice.Table(number: cell.table, unit: cell.unit, columns: [], rows: []))
            }
            let last = tables.count - 1
            if !tables[last].columns.contains(cell.column) { tables[last].columns.append(cell.column) }
            if tables[last].rows.last?.number != cell.row.number { tables[last].rows.append(cell.row) }
            tables[last].rows[tables[last].rows.count - 1].amounts[cell.column] = cell.amount
        }
        return tables
    }
}
