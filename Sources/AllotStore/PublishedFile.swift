import Foundation

/// A CSV file of the dataset as last published, read back by an export that merges
/// (`PublishedManifest`): its records taken notice by notice in the file's order (canonical: notice
/// id bytewise, the order SQLite sorts them), each notice's lines copied or skipped. The whole file
/// is hashed meanwhile on a thread of its own (`FileDigest`, the same open file), so that `verify`
/// tells at the end whether it was exactly the file the manifest recorded; what was copied from any
/// other file must be thrown away. Memory stays at a chunk (and the largest notice's lines) however
/// large the file.
final class PublishedFile {
    private let entry: PublishedManifest.Entry
    private var descriptor: Int32
    /// The file hashed on a thread of its own, through a duplicate of `descriptor`.
    private var digest: FileDigest?
    /// Bytes read and not yet consumed start at `position`.
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// A read failed, or the bytes are not records allot prints: the file cannot verify.
    private var broken = false
    private let chunk: Int

    /// Opens the file at `url` if it has the size `entry` records and starts with `header` (the
    /// header line as this version prints it, with the byte order mark of a spreadsheet edition);
    /// nil otherwise. `chunk` is how much is read at a time (small in tests).
    init?(url: URL, entry: PublishedManifest.Entry, header: [UInt8], chunk: Int = 1 << 20) {
        self.entry = entry
        self.chunk = max(chunk, 1)
        descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
              Int(status.st_size) == entry.bytes, let digest = FileDigest(duplicating: descriptor) else { return nil }
        digest.hash(upTo: entry.bytes)
        self.digest = digest
        while buffer.count < header.count, !atEnd, !broken { refill() }
        guard !broken, buffer.starts(with: header) else { return nil }
        position = header.count
    }

    deinit {
        if descriptor >= 0 { _ = close(descriptor) }
    }

    /// Consumes the lines of the notices before `id` (skipped) and those of `id`, appended to
    /// `output` when `copy`; the number of lines of `id`, nil once the file is found broken.
    func take(_ id: String, copy: Bool, into output: inout [UInt8]) -> Int? {
        let key = Array(id.utf8)
        func record(from start: Int) -> Scan {
            buffer.withUnsafeBufferPointer { bytes in Self.scan(bytes, from: start, comparedWith: key) }
        }
        var lines = 0
        // The lines of `id` not yet appended start at `copied`.
        var copied: Int?
        func append() {
            if let start = copied, copy, start < position { output.append(contentsOf: buffer[start..<position]) }
            copied = nil
        }
        while !broken {
            switch record(from: position) {
            case .needMore:
                append()
                guard !atEnd else {
                    // Bytes after the last whole line: not a file allot printed.
                    if position < buffer.count { broken = true }
                    return broken ? nil : lines
                }
                refill()
            case .malformed:
                broken = true
            case let .line(order, end):
                if order > 0 {
                    append()
                    return lines
                }
                if order == 0 {
                    if copied == nil { copied = position }
                    lines += 1
                }
                position = end
            }
        }
        return nil
    }

    /// Whether the file was exactly the one the manifest recorded: its digest, taken beside the
    /// reading, and no byte found that allot does not print. The file is closed.
    func verify() -> Bool {
        if descriptor >= 0 { _ = close(descriptor) }
        descriptor = -1
        guard let (count, sha256) = digest?.finish(upTo: entry.bytes), !broken, count == entry.bytes else { return false }
        return sha256 == entry.sha256
    }

    /// Drops the consumed bytes and reads the next chunk.
    private func refill() {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count = 0
        while true {
            count = buffer.withUnsafeMutableBytes { whole in
                read(descriptor, whole.baseAddress.map { $0 + start }, chunk)
            }
            if count < 0, errno == EINTR { continue }
            break
        }
        buffer.removeSubrange((start + max(count, 0))...)
        if count < 0 { broken = true }
        if count == 0 { atEnd = true }
    }

    /// One record found in the bytes read.
    enum Scan: Equatable {
        /// A whole record ending before `end` (its LF included), whose notice id sorts `order`
        /// (negative, zero, positive) against the id looked for.
        case line(order: Int, end: Int)
        /// The record goes on past the bytes read.
        case needMore
        /// Not a record allot prints (a quoted id not followed by a comma or a line end).
        case malformed
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")

    /// The record starting at `start`: its first field (the notice id, unquoted) compared bytewise
    /// with `key`, and its end, the first LF outside quotes.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, comparedWith key: [UInt8]) -> Scan {
        guard start < bytes.count else { return .needMore }
        var index = start
        let order: Int
        if bytes[start] == quote {
            // A quoted id: up to the quote that is not doubled.
            var id: [UInt8]? = []
            guard let end = quotedFieldEnd(bytes, from: start + 1, text: &id) else { return .needMore }
            index = end
            guard bytes[index] == comma || bytes[index] == lineFeed else { return .malformed }
            order = (id ?? []).withUnsafeBufferPointer { id in compare(id, key) }
        } else {
            guard let end = (start..<bytes.count).first(where: { bytes[$0] == comma || bytes[$0] == lineFeed }) else {
                return .needMore
            }
            index = end
            order = compare(UnsafeBufferPointer(rebasing: bytes[start..<end]), key)
        }
        // The rest of the record: the first LF, unless a quoted field before it holds one.
        while true {
            guard let lineEnd = find(lineFeed, in: bytes, from: index, before: bytes.count) else { return .needMore }
            guard let open = find(quote, in: bytes, from: index, before: lineEnd) else {
                return .line(order: order, end: lineEnd + 1)
            }
            var skipped: [UInt8]?
            guard let end = quotedFieldEnd(bytes, from: open + 1, text: &skipped) else { return .needMore }
            index = end
        }
    }

    /// The index just past the quote that closes a quoted field whose text starts at `start` (a
    /// doubled quote is one quote of the text), nil when the bytes read end before it is known;
    /// the field's text, unquoted, is appended to `text` when one is given.
    private static func quotedFieldEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                       text: inout [UInt8]?) -> Int? {
        var at = start
        while true {
            guard let close = find(quote, in: bytes, from: at, before: bytes.count) else { return nil }
            text?.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at..<close]))
            guard close + 1 < bytes.count else { return nil }
            guard bytes[close + 1] == quote else { return close + 1 }
            text?.append(quote)
            at = close + 2
        }
    }

    /// Bytewise order of `id` against `key` (memcmp, then length): SQLite's BINARY collation.
    private static func compare(_ id: UnsafeBufferPointer<UInt8>, _ key: [UInt8]) -> Int {
        key.withUnsafeBufferPointer { key in
            let common = min(id.count, key.count)
            if common > 0, let left = id.baseAddress, let right = key.baseAddress {
                let order = memcmp(left, right, common)
                if order != 0 { return Int(order) }
            }
            return id.count - key.count
        }
    }

    /// The first `byte` in `bytes[from..<before]`.
    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, before: Int) -> Int? {
        guard from < before, let base = bytes.baseAddress,
              let found = memchr(base + from, Int32(byte), before - from) else { return nil }
        return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
    }
}
