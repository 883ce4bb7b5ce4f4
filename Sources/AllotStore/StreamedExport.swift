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
    private let handle: FileHandle
    private let path: String
    private var buffer = Data()
    private static let flushSize = 1 << 16

    init(url: URL, header: [String], byteOrderMark: Bool) throws(StoreError) {
        path = url.path
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw .write(path: url.path, reason: "cannot create file")
        }
        self.handle = handle
        if byteOrderMark { buffer.append(contentsOf: CSVTable.byteOrderMark) }
        try append(header)
    }

    func append(_ fields: [String]) throws(StoreError) {
        var line = fields.map(CSVTable.quote).joined(separator: ",")
        line += "\n"
        buffer.append(contentsOf: Array(line.utf8))
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes what is buffered, syncs the file to disk and closes it.
    func finish() throws(StoreError) {
        try flush()
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw .write(path: path, reason: error.localizedDescription)
        }
    }

    private func flush() throws(StoreError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw .write(path: path, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension SQLiteStore {
    /// Exports every table as its CSV file into `folder`, streaming rows from SQLite to disk in
    /// canonical order; memory stays flat however large the store.
    func exportFiles(to folder: URL, byteOrderMark: Bool) throws(StoreError) -> ExportCounts {
        var counts = ExportCounts()
        for table in DatasetTable.allCases {
            let writer = try CSVFileWriter(url: folder.appendingPathComponent(table.file), header: table.header,
                                           byteOrderMark: byteOrderMark)
            let rowsField = table == .notices ? table.header.firstIndex(of: "rows") : nil
            try forEachRow(sql: Self.selectSQL(table)) { fields throws(StoreError) in
                try writer.append(fields)
                switch table {
                case .notices:
                    counts.notices += 1
                    counts.rows += rowsField.flatMap { $0 < fields.count ? Int(fields[$0]) : nil } ?? 0
                case .allocations: counts.cells += 1
                case .findings: counts.findings += 1
                case .references: break
                }
            }
            try writer.finish()
        }
        return counts
    }
}
