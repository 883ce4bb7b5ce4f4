import Foundation
import GRDB

/// Counts of an exported dataset.
struct ExportCounts: Equatable, Sendable {
    var notices = 0
    var rows = 0
    var cells = 0
    var findings = 0

    static func += (counts: inout ExportCounts, more: ExportCounts) {
        counts.notices += more.notices
        counts.rows += more.rows
        counts.cells += more.cells
        counts.findings += more.findings
    }
}

/// What an export wrote: its counts, and the record of its files for the store (nil when a digest
/// could not be taken), and the tables whose files were merged from the published ones.
struct ExportResult: Sendable {
    var counts: ExportCounts
    var manifest: PublishedManifest?
    var merged: Set<DatasetTable> = []
}

/// The published files an export may copy unchanged notices' lines from (`PublishedManifest`): those
/// in `directory` recorded by `manifest`, the notices in `changed` (stored by this run) printed
/// from the store.
struct PublishedMerge: Sendable {
    var directory: URL
    var manifest: PublishedManifest
    var changed: Set<String>

    /// The published file of `table`, if the manifest records it as this version prints the edition
    /// `excel`, with that size and header.
    func open(_ table: DatasetTable, excel: Bool) -> PublishedFile? {
        guard let entry = manifest.entry(table.file, excel: excel) else { return nil }
        return PublishedFile(url: directory.appendingPathComponent(table.file), entry: entry,
                             header: CSVFileWriter.headerBytes(table, byteOrderMark: excel))
    }
}

/// Writes a CSV file line by line through a buffer, so an export never holds a whole table; every
/// byte written is hashed (on a thread of its own), for the store's record of the files
/// (`PublishedManifest`).
final class CSVFileWriter {
    private let file: ExclusiveFile
    private var buffer: [UInt8] = []
    private let header: [UInt8]
    /// Bytes written to the file so far, hashed behind the writer by `digest`.
    private var written = 0
    private var digest: FileDigest?
    private static let flushSize = 1 << 16

    /// Creates the file (exclusively: nothing may be there yet) and writes the header.
    init(url: URL, header: [String], byteOrderMark: Bool) throws(StoreError) {
        file = try ExclusiveFile(creating: url)
        digest = FileDigest(path: url.path)
        self.header = Self.headerBytes(header, byteOrderMark: byteOrderMark)
        buffer = self.header
    }

    /// The first bytes of `table`'s file: its header line, after a byte order mark for a spreadsheet.
    static func headerBytes(_ table: DatasetTable, byteOrderMark: Bool) -> [UInt8] {
        headerBytes(table.header, byteOrderMark: byteOrderMark)
    }

    private static func headerBytes(_ header: [String], byteOrderMark: Bool) -> [UInt8] {
        var bytes = byteOrderMark ? CSVTable.byteOrderMark : []
        CSVTable.appendLine(header, to: &bytes)
        return bytes
    }

    /// Empties the file back to its header (a merge given up: the table is written again).
    func restart() throws(StoreError) {
        try file.truncate()
        written = 0
        digest = FileDigest(path: file.url.path)
        buffer = header
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

    /// Appends the lines of the notice `id` that `published` holds, read straight into the buffer
    /// (after skipping those of the notices before it); their number, nil when the file is broken.
    func append(publishedLinesOf id: String, from published: PublishedFile) throws(StoreError) -> Int? {
        let lines = published.take(id, copy: true, into: &buffer)
        if buffer.count >= Self.flushSize { try flush() }
        return lines
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

    /// Writes what is buffered, syncs the file to disk and closes it; the file's size and digest
    /// (nil when the digest could not be taken).
    func finish() throws(StoreError) -> PublishedManifest.Entry? {
        try flush()
        try file.finish()
        guard let (bytes, sha256) = digest?.finish(upTo: written), bytes == written, let sha256 else { return nil }
        return PublishedManifest.Entry(bytes: bytes, sha256: sha256)
    }

    private func flush() throws(StoreError) {
        guard !buffer.isEmpty else { return }
        try file.append(buffer)
        written += buffer.count
        digest?.hash(upTo: written)
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
    ///
    /// With `published`, a table whose published file the manifest vouches for is merged: the lines
    /// of the notices not changed by this run copied from that file, the changed ones' printed from
    /// the stash or SQLite. Unless that file then proves to be exactly the one recorded (its size and
    /// SHA-256), and to hold one notices line a notice, the table is written again from the store:
    /// the files are the same bytes either way.
    func exportFiles(to folder: URL, excel: Bool, stash: StashedLines? = nil, background: BackgroundSync? = nil,
                     merging published: PublishedMerge? = nil,
                     afterTable: (DatasetTable) -> Void = { _ in }) throws(StoreError) -> ExportResult {
        var counts = ExportCounts()
        var writers: [DatasetTable: CSVFileWriter] = [:]
        for table in DatasetTable.allCases {
            writers[table] = try CSVFileWriter(url: folder.appendingPathComponent(table.file), header: table.header,
                                               byteOrderMark: excel)
        }
        // A write failed while a table was flushed, thrown once the snapshot is read.
        var flushed: [DatasetTable: Result<Void, StoreError>] = [:]
        var merged = Set<DatasetTable>()
        // Whether no stored id holds a NUL (asked by the first table a merge may write).
        var printableIDs: Bool?
        let rowCount = DatasetTable.notices.header.firstIndex(of: NoticeColumns.rowCount.name)
        func printRow(_ table: DatasetTable, _ statement: Statement) throws(StoreError) {
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
        }
        func stashed(_ table: DatasetTable, _ id: String) throws(StoreError) -> Bool {
            guard let stash, let writer = writers[table],
                  let cells = try writer.append(stashedLinesOf: id, table, from: stash) else { return false }
            if table == .allocations { counts.cells += cells }
            return true
        }
        try snapshotRows(printRow, byNotice: excel || stash?.isEmpty != false ? [] : [.allocations, .relations],
                         notices: stashed, merged: { table, db throws -> Bool in
            // An id is read and printed up to its first NUL: such a notice's lines could not be told
            // from another's, so while one is stored every table is written from the store (asked
            // once, within the snapshot).
            if published != nil, printableIDs == nil {
                printableIDs = try Int.fetchOne(db, sql: "SELECT 1 FROM notices WHERE "
                    + "instr(CAST(notice_id AS BLOB), X'00') > 0 LIMIT 1") == nil
            }
            guard let published, printableIDs == true, let writer = writers[table],
                  let old = published.open(table, excel: excel) else { return false }
            let before = counts
            if let copied = try Self.merge(table, from: old, into: writer, changed: published.changed, db,
                                           printRow: printRow, stashed: stashed), old.verify() {
                counts += copied
                merged.insert(table)
                return true
            }
            counts = before
            try writer.restart()
            return false
        }, afterTable: { table in
            // The table is complete: its file goes to the disk while the next ones are written.
            if let background, let writer = writers[table] {
                flushed[table] = Result { () throws(StoreError) in try writer.flush(startingSyncWith: background) }
            }
            afterTable(table)
        })
        if let stash, let background { stash.discard(closingOn: background) }
        var files: [String: PublishedManifest.Entry] = [:]
        for table in DatasetTable.allCases {
            try flushed[table]?.get()
            files[table.file] = try writers[table]?.finish()
        }
        let manifest = files.count == DatasetTable.allCases.count
            ? PublishedManifest(printing: PublishedManifest.printing(excel: excel), files: files) : nil
        return ExportResult(counts: counts, manifest: manifest, merged: merged)
    }

    /// Writes `table` notice by notice in canonical order: an unchanged notice's lines copied from
    /// `old`, a changed one's (its old lines skipped) from the stash or printed from SQLite (counted
    /// by `printRow` and `stashed`); the counts of the lines copied. The ids must be printable
    /// (none holds a NUL). Nil when `old` turns out not to be a file allot printed (a notice without
    /// its one notices line, bytes that are not records): the caller writes the table again.
    private static func merge(_ table: DatasetTable, from old: PublishedFile, into writer: CSVFileWriter,
                              changed: Set<String>, _ db: Database,
                              printRow: (DatasetTable, Statement) throws(StoreError) -> Void,
                              stashed: (DatasetTable, String) throws(StoreError) -> Bool) throws -> ExportCounts? {
        let ids = try Row.fetchCursor(db, sql: "SELECT notice_id, \(NoticeColumns.rowCount.name) FROM notices ORDER BY notice_id")
        var counts = ExportCounts()
        var oneNotice: Statement?
        var skipped: [UInt8] = []
        while let row = try ids.next() {
            guard let id: String = row[0] else { return nil }
            guard changed.contains(id) else {
                guard let lines = try writer.append(publishedLinesOf: id, from: old) else { return nil }
                switch table {
                case .notices:
                    guard lines == 1 else { return nil }
                    counts.notices += 1
                    counts.rows += (row[1] as Int?) ?? 0
                case .allocations: counts.cells += lines
                case .findings: counts.findings += lines
                case .citations, .sources, .attachments, .relations: break
                }
                continue
            }
            guard old.take(id, copy: false, into: &skipped) != nil else { return nil }
            if (table == .allocations || table == .relations), try stashed(table, id) { continue }
            try forEachRow(of: id, table, db, statement: &oneNotice, body: printRow)
        }
        return counts
    }
}
