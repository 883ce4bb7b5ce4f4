import Foundation

/// A file this process has just created and nobody else can have opened first: created with
/// O_CREAT|O_EXCL|O_NOFOLLOW (never through a symlink or over an existing file), mode 0644, written
/// with write(2) and synced with fsync(2). Temporary files get a random name in the target folder.
final class ExclusiveFile {
    /// Where the file is.
    let url: URL
    private var descriptor: Int32

    /// Creates the file at `url`; fails when anything (a file, a symlink) is already there.
    init(creating url: URL) throws(StoreError) {
        self.url = url
        descriptor = Self.create(url)
        guard descriptor >= 0 else { throw .write(path: url.path, reason: String(cString: strerror(-descriptor))) }
    }

    /// Creates a file with a new random name starting with `prefix` in `directory`.
    init(temporaryIn directory: URL, prefix: String) throws(StoreError) {
        var candidate = directory
        var result: Int32 = -EEXIST
        for _ in 0..<16 where result == -EEXIST {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
            candidate = directory.appendingPathComponent("\(prefix).tmp-\(suffix)")
            result = Self.create(candidate)
        }
        url = candidate
        descriptor = result
        guard descriptor >= 0 else { throw .write(path: candidate.path, reason: String(cString: strerror(-descriptor))) }
    }

    /// The new file's descriptor, or minus errno.
    private static func create(_ url: URL) -> Int32 {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        return descriptor >= 0 ? descriptor : -errno
    }

    deinit {
        if descriptor >= 0 { _ = close(descriptor) }
    }

    /// Appends `bytes` (a `Data`, or a buffer written as it is, without a copy).
    func append(_ bytes: some ContiguousBytes) throws(StoreError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw .write(path: url.path, reason: String(cString: strerror(failure))) }
    }

    /// Empties the file, the next append writing at its start.
    func truncate() throws(StoreError) {
        guard ftruncate(descriptor, 0) == 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw .write(path: url.path, reason: Self.lastError())
        }
    }

    /// Flushes the file to disk and closes it.
    func finish() throws(StoreError) {
        let synced = fsync(descriptor) == 0
        let reason = synced ? "" : Self.lastError()
        let closed = close(descriptor) == 0
        descriptor = -1
        guard synced else { throw .write(path: url.path, reason: reason) }
        guard closed else { throw .write(path: url.path, reason: Self.lastError()) }
    }

    /// Closes and removes the file (a write that failed half-way).
    func discard() {
        if descriptor >= 0 { _ = close(descriptor) }
        descriptor = -1
        unlink(url.path)
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
