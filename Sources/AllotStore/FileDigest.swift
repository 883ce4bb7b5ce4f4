import AllotSource
import Foundation

/// The SHA-256 of a file's first bytes, taken on a thread of its own that reads them back (from the
/// page cache: they were just written, or are being read) while the export goes on: the hashing
/// (1.8 GB/s on this machine's SHA extensions, `openssl speed`; slower on a CPU without them) runs
/// beside the export instead of inside it, through one reused buffer.
final class FileDigest: @unchecked Sendable {
    private let queue = DispatchQueue(label: "allot.digest")
    private let lock = NSLock()
    /// Under `lock`: how far the file is to be hashed, and whether the thread is on its way there.
    private var target = 0
    private var scheduled = false
    /// On `queue`: the descriptor read, the digest so far, bytes hashed, a read that failed.
    private var descriptor: Int32
    private var stream = SHA256Stream()
    private var done = 0
    private var failed = false
    private var chunk: [UInt8] = []
    /// Read at a time: a table's digest lives until the export ends, with this much memory.
    private static let chunkSize = 1 << 18

    /// Reads the file at `path` through a descriptor of its own; nil when it cannot be opened.
    init?(path: String) {
        descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    /// Reads the file open on `descriptor` (the same open file: its bytes, whatever is renamed meanwhile).
    init?(duplicating descriptor: Int32) {
        self.descriptor = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard self.descriptor >= 0 else { return nil }
    }

    deinit {
        if descriptor >= 0 { _ = close(descriptor) }
    }

    /// Has the thread hash the file up to `end` (requests made while it works are taken together).
    func hash(upTo end: Int) {
        lock.lock()
        target = max(target, end)
        let start = !scheduled
        scheduled = true
        lock.unlock()
        if start { queue.async { [self] in drain() } }
    }

    /// Waits until the file is hashed up to `end`; the number of bytes hashed (short of `end` when
    /// the file was shorter or a read failed) and their digest. The descriptor is closed; the digest
    /// is taken once.
    func finish(upTo end: Int) -> (count: Int, sha256: String?) {
        hash(upTo: end)
        return queue.sync {
            drain()
            if descriptor >= 0 { _ = close(descriptor) }
            descriptor = -1
            chunk = []
            return (done, stream.finish())
        }
    }

    /// On `queue`: hashes up to the target, until none is left.
    private func drain() {
        while true {
            lock.lock()
            let end = target
            if done >= end || failed || descriptor < 0 {
                scheduled = false
                lock.unlock()
                return
            }
            lock.unlock()
            if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: Self.chunkSize) }
            while done < end {
                let wanted = min(chunk.count, end - done)
                let count = chunk.withUnsafeMutableBytes { buffer in pread(descriptor, buffer.baseAddress, wanted, off_t(done)) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else {
                    failed = true
                    break
                }
                chunk.withUnsafeBytes { buffer in stream.update(UnsafeRawBufferPointer(rebasing: buffer[..<count])) }
                done += count
            }
        }
    }
}
