import AllotStore
import Foundation

/// A dataset as an Excel workbook: one sheet per dataset table (notices, allocations, findings, …)
/// with Chinese headers over the column names, then one wide "as printed" sheet per notice table
/// (a row per printed row, a column per amount column). Header rows are frozen; amounts are numbers
/// with grouping and the decimals printed (kept as text beyond 15 significant digits, which Excel
/// cannot hold exactly); text is always written as text, never as a formula, whatever it starts with.
public enum XLSXExport {
    /// Writes `dataset` to `path` atomically (a temporary file beside it, renamed when complete).
    public static func write(_ dataset: DatasetCSV, to path: String) throws(ExportError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            let workbook = try XLSXWorkbook(path: temporary.path)
            var names = Set<String>()
            for table in DatasetTable.allCases {
                try tableSheet(dataset[table], table: table, workbook: workbook, names: &names)
            }
            try printedSheets(dataset, workbook: workbook, names: &names)
            try workbook.close()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .write(path: path, reason: reason)
        }
    }

    /// The sheet of one dataset table: Chinese header, column name header, then the rows.
    private static func tableSheet(_ csv: CSVTable, table: DatasetTable, workbook: XLSXWorkbook,
                                   names: inout Set<String>) throws(ExportError) {
        let sheet = try workbook.addSheet(unique(table.name, &names))
        let kinds = Dictionary(table.columns.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        // Rows are written in order (the workbook flushes each row as the next one starts).
        for (column, name) in csv.header.enumerated() {
            try workbook.write(ColumnLabel.zh(name), sheet, row: 0, column: column, format: workbook.header)
        }
        for (column, name) in csv.header.enumerated() {
            try workbook.write(name, sheet, row: 1, column: column, format: workbook.header)
        }
        workbook.freeze(sheet, rows: 2)
        workbook.width(sheet, columns: 0, max(csv.header.count - 1, 0), 14)
        for (index, fields) in csv.rows.prefix(XLSXWorkbook.maxRows - 2).enumerated() {
            for (column, field) in fields.enumerated() {
                let kind = column < csv.header.count ? kinds[csv.header[column]] ?? .string : .string
                try cell(field, numeric: kind == .number || kind == .integer, sheet, row: index + 2, column: column, workbook)
            }
        }
    }

    /// One sheet per notice table, as printed: 名称, 层级, 地区, 区划代码, the amount columns, 备注.
    private static func printedSheets(_ dataset: DatasetCSV, workbook: XLSXWorkbook,
                                      names: inout Set<String>) throws(ExportError) {
        typealias Cells = AllocationColumns
        let notices = dataset.notices.keyedRows.map { $0[NoticeColumns.noticeID] }
        // allocations.csv keeps a table's cells together: gather one table at a time.
        var tables: [String: [PrintedTable]] = [:]
        var current: (id: String, table: PrintedTable)?
        for row in dataset.allocations.keyedRows {
            let id = row[Cells.noticeID], number = row[Cells.tableNo]
            if let open = current, open.id != id || open.table.number != number {
                tables[open.id, default: []].append(open.table)
                current = nil
            }
            var table = current?.table ?? PrintedTable(number: number, title: row[Cells.tableTitle], unit: row[Cells.unit])
            current = nil
            table.add(row)
            current = (id, table)
        }
        if let open = current { tables[open.id, default: []].append(open.table) }
        for (ordinal, id) in notices.enumerated() {
            for table in tables[id] ?? [] {
                let sheet = try workbook.addSheet(unique("通知\(ordinal + 1)表\(table.number)", &names))
                try workbook.write([id, table.title, table.unit.isEmpty ? "" : "单位：\(table.unit)"]
                    .filter { !$0.isEmpty }.joined(separator: " "), sheet, row: 0, column: 0)
                let headers = ["名称", "层级", "地区", "区划代码"] + table.columns + ["备注"]
                for (column, header) in headers.enumerated() {
                    try workbook.write(header, sheet, row: 1, column: column, format: workbook.header)
                }
                workbook.freeze(sheet, rows: 2)
                workbook.width(sheet, columns: 0, 0, 22)
                workbook.width(sheet, columns: 1, headers.count - 1, 13)
                for (index, row) in table.rows.prefix(XLSXWorkbook.maxRows - 2).enumerated() {
                    let line = index + 2
                    for (column, text) in [row.name, row.level, row.region, row.code].enumerated() {
                        try workbook.write(text, sheet, row: line, column: column)
                    }
                    for (offset, column) in table.columns.enumerated() {
                        try cell(row.amounts[column] ?? "", numeric: true, sheet, row: line, column: 4 + offset, workbook)
                    }
                    try workbook.write(row.remark, sheet, row: line, column: 4 + table.columns.count)
                }
            }
        }
    }

    /// A cell: an exact decimal of at most 15 significant digits as a number with its decimals,
    /// anything else as text.
    private static func cell(_ field: String, numeric: Bool, _ sheet: XLSXWorkbook.Sheet, row: Int, column: Int,
                             _ workbook: XLSXWorkbook) throws(ExportError) {
        if numeric, let (value, decimals) = number(field) {
            try workbook.write(value, sheet, row: row, column: column, format: workbook.numberFormat(decimals: decimals))
        } else {
            try workbook.write(field, sheet, row: row, column: column)
        }
    }

    /// The value and decimal places of a plain decimal (-12345.60) Excel holds exactly; nil otherwise.
    static func number(_ field: String) -> (Double, Int)? {
        let body = field.hasPrefix("-") ? field.dropFirst() : Substring(field)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              parts.count == 1 || !parts[1].isEmpty else { return nil }
        let decimals = parts.count == 2 ? parts[1].count : 0
        let digits = (whole.drop { $0 == "0" }.count) + decimals
        guard digits <= 15, decimals <= 10, let value = Double(field) else { return nil }
        return (value, decimals)
    }

    /// A sheet name Excel accepts (at most 31 characters, none of []:*?/\) not used yet.
    static func unique(_ name: String, _ names: inout Set<String>) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        var candidate = cleaned
        var suffix = 2
        while names.contains(candidate.lowercased()) {
            let tail = "~\(suffix)"
            candidate = String(cleaned.prefix(31 - tail.count)) + tail
            suffix += 1
        }
        names.insert(candidate.lowercased())
        return candidate
    }
}

/// One notice table gathered from allocations.csv for its "as printed" sheet.
private struct PrintedTable {
    struct Row {
        var number: String
        var name: String
        var level: String
        var region: String
        var code: String
        var remark: String
        var amounts: [String: String]
    }

    let number: String
    let title: String
    let unit: String
    var columns: [String] = []
    var rows: [Row] = []

    init(number: String, title: String, unit: String) {
        self.number = number
        self.title = title
        self.unit = unit
    }

    mutating func add(_ cell: DatasetRow) {
        typealias Cells = AllocationColumns
        let column = cell[Cells.columnName]
        if !columns.contains(column) { columns.append(column) }
        let number = cell[Cells.rowNo]
        if rows.last?.number != number {
            rows.append(Row(number: number, name: cell[Cells.name], level: cell[Cells.level], region: cell[Cells.region],
                            code: cell[Cells.divisionCode], remark: cell[Cells.remark], amounts: [:]))
        }
        rows[rows.count - 1].amounts[column] = cell[Cells.amount]
    }
}
