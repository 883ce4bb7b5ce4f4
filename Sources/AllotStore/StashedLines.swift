import Foundation

/// The CSV lines of the allocations and relations of the notices a session stored, printed ahead on
/// the workers (`PreparedRows.lines`) and kept in a file of the staging folder, so memory stays flat:
/// the export copies them instead of reading those rows back from SQLite. An entry stands for what
/// the store holds for its notice: storing the notice again without lines drops it, a failed store
/// (rolled back) leaves it. After a failed write or read nothing is taken from here any more.
final class StashedLines {
    private struct Entry {
        var offset: Int
        var allocationBytes: Int
        var relationBytes: Int
        var cells: Int
    }

    private let url: URL
    private var descriptor: Int32
    private var end = 0
    private var entries: [String: Entry] = [:]

    /// Creates the file at `url` (nothing may be there).
    init(url: URL) throws(StoreError) {
        self.url = url
        descriptor = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .write(path: url.path, reason: String(cString: strerror(errno))) }
    }

    deinit {
        if descriptor >= 0 { _ = close(descriptor) }
        unlink(url.path)
    }

    /// Whether lines are kept for any notice.
    var isEmpty: Bool { entries.isEmpty }

    /// Keeps the lines of the notice `id` just stored, with its count of allocation rows.
    func put(_ id: String, allocations: [UInt8], relations: [UInt8], cells: Int) {
        entries[id] = nil
        guard descriptor >= 0 else { return }
        let offset = end
        guard write(allocations, at: offset), write(relations, at: offset + allocations.count) else {
            return abandon()
        }
        end = offset + allocations.count + relations.count
        entries[id] = Entry(offset: offset, allocationBytes: allocations.count, relationBytes: relations.count,
                            cells: cells)
    }

    /// Forgets the lines of the notice `id` (stored again from rows built by the writer).
    func remove(_ id: String) {
        entries[id] = nil
    }

    /// Appends the kept lines of `table` (allocations or relations) for the notice `id` to `buffer`,
    /// read straight into it, and gives the number of allocation rows; nil, with `buffer` as it was,
    /// when none are kept (or they cannot be read).
    func appendLines(of id: String, _ table: DatasetTable, to buffer: inout [UInt8]) -> Int? {
        guard descriptor >= 0, let entry = entries[id] else { return nil }
        let range: (offset: Int, count: Int)
        switch table {
        case .allocations: range = (entry.offset, entry.allocationBytes)
        case .relations: range = (entry.offset + entry.allocationBytes, entry.relationBytes)
        case .notices, .findings, .citations, .sources, .attachments: return nil
        }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: range.count))
        let complete = buffer.withUnsafeMutableBytes { whole -> Bool in
            let target = UnsafeMutableRawBufferPointer(rebasing: whole[start...])
            var done = 0
            while done < range.count, let base = target.baseAddress {
                let count = pread(descriptor, base + done, range.count - done, off_t(range.offset + done))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                done += count
            }
            return true
        }
        guard complete else {
            buffer.removeSubrange(start...)
            abandon()
            return nil
        }
        return entry.cells
    }

    private func write(_ bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count, let base = buffer.baseAddress {
                let count = pwrite(descriptor, base + done, buffer.count - done, off_t(offset + done))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                done += count
            }
            return true
        }
    }

    /// Drops the file once the export has copied it: its descriptor closed (and its pages freed)
    /// by `background` while the writer goes on.
    func discard(closingOn background: BackgroundSync) {
        entries.removeAll()
        guard descriptor >= 0 else { return }
        unlink(url.path)
        background.close(descriptor)
        descriptor = -1
    }

    /// Stops keeping lines (a disk full, say): the export then reads every row from SQLite.
    private func abandon() {
        entries.removeAll()
        if descriptor >= 0 { _ = close(descriptor) }
        descriptor = -1
    }
}
