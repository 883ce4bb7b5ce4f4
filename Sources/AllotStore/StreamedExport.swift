import Foundation
import GRDB

/// Counts of an exported dataset.
struct ExportCounts: Equatable, Sendable {
    var notices = 0
    var rows = 0
    var cells = 0
    var findings = 0
}

/// Writes a CSV file line by line through a buffer, so an export never holds a whole table.
final class CSVFileWriter {
    private let file: ExclusiveFile
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    /// Creates the file (exclusively: nothing may be there yet) and writes the header.
    init(url: URL, header: [String], byteOrderMark: Bool) throws(StoreError) {
        file = try ExclusiveFile(creating: url)
        if byteOrderMark { buffer.append(contentsOf: CSVTable.byteOrderMark) }
        try append(header)
    }

    func append(_ fields: [String]) throws(StoreError) {
        CSVTable.appendLine(fields, to: &buffer)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Appends the CSV lines printed ahead that `stash` keeps of the notice `id`'s `table`, read
    /// straight into the buffer; the number of allocation rows, nil (nothing appended) when it keeps none.
    func append(stashedLinesOf id: String, _ table: DatasetTable, from stash: StashedLines) throws(StoreError) -> Int? {
        guard let cells = stash.appendLines(of: id, table, to: &buffer) else { return nil }
        if buffer.count >= Self.flushSize { try flush() }
        return cells
    }

    /// Appends the CSV line of the row `statement` stands on, straight from SQLite's bytes.
    func append(rowOf statement: Statement) throws(StoreError) {
        SQLiteRows.appendLine(statement, to: &buffer)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes what is buffered and has `background` start flushing the file to disk (the table is
    /// complete: `finish` then finds little left to sync).
    func flush(startingSyncWith background: BackgroundSync) throws(StoreError) {
        try flush()
        background.flush(file.url.path)
    }

    /// Writes what is buffered, syncs the file to disk and closes it.
    func finish() throws(StoreError) {
        try flush()
        try file.finish()
    }

    private func flush() throws(StoreError) {
        guard !buffer.isEmpty else { return }
        try file.append(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

extension SQLiteStore {
    /// Exports every table as its CSV file into `folder`, streaming rows from SQLite to disk in
    /// canonical order, all tables from one snapshot; memory stays flat however large the store. For a
    /// spreadsheet (`excel`) the files start with a byte order mark and formula-like text is neutralized.
    /// The allocations and relations of the notices whose lines `stash` keeps are copied from there,
    /// notice by notice in canonical order, the other notices' read from SQLite. Each file is flushed
    /// to disk by `background`, when given, as soon as its table is written.
    func exportFiles(to folder: URL, excel: Bool, stash: StashedLines? = nil, background: BackgroundSync? = nil,
                     afterTable: (DatasetTable) -> Void = { _ in }) throws(StoreError) -> ExportCounts {
        var counts = ExportCounts()
        var writers: [DatasetTable: CSVFileWriter] = [:]
        for table in DatasetTable.allCases {
            writers[table] = try CSVFileWriter(url: folder.appendingPathComponent(table.file), header: table.header,
                                               byteOrderMark: excel)
        }
        // A write failed while a table was flushed, thrown once the snapshot is read.
        var flushed: [DatasetTable: Result<Void, StoreError>] = [:]
        let rowCount = DatasetTable.notices.header.firstIndex(of: NoticeColumns.rowCount.name)
        try snapshotRows({ table, statement throws(StoreError) in
            // Rows go from SQLite's bytes to the file; fields are made as Strings only where they are
            // read (the notices' row counts) or neutralized for a spreadsheet.
            guard excel || table == .notices else {
                try writers[table]?.append(rowOf: statement)
                if table == .allocations { counts.cells += 1 } else if table == .findings { counts.findings += 1 }
                return
            }
            let fields = SQLiteRows.fields(statement)
            try writers[table]?.append(excel ? FormulaGuard.fields(fields, of: table) : fields)
            switch table {
            case .notices:
                counts.notices += 1
                counts.rows += rowCount.flatMap { $0 < fields.count ? Int(fields[$0]) : nil } ?? 0
            case .allocations: counts.cells += 1
            case .findings: counts.findings += 1
            case .citations, .sources, .attachments, .relations: break
            }
        }, byNotice: excel || stash?.isEmpty != false ? [] : [.allocations, .relations], notices: { table, id throws(StoreError) in
            guard let stash, let writer = writers[table],
                  let cells = try writer.append(stashedLinesOf: id, table, from: stash) else { return false }
            if table == .allocations { counts.cells += cells }
            return true
        }, afterTable: { table in
            // The table is complete: its file goes to the disk while the next ones are written.
            if let background, let writer = writers[table] {
                flushed[table] = Result { () throws(StoreError) in try writer.flush(startingSyncWith: background) }
            }
            afterTable(table)
        })
        if let stash, let background { stash.discard(closingOn: background) }
        for table in DatasetTable.allCases {
            try flushed[table]?.get()
            try writers[table]?.finish()
        }
        return counts
    }
}
