import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A temporary file only this process holds (the system calls of `CitationArchive`): created with
/// O_CREAT|O_EXCL|O_NOFOLLOW under a random name in the temporary folder, mode 0600, and unlinked
/// at once, so it leaves nothing behind however the process ends. Bytes are appended and read back
/// by offset.
final class ScratchFile {
    private var descriptor: Int32

    /// Creates the file in `directory` (default: the temporary folder); nil when it cannot be made.
    init?(in directory: String = NSTemporaryDirectory()) {
        var result: Int32 = -1
        for _ in 0..<16 {
            let path = (directory as NSString).appendingPathComponent(
                "allot-scratch-\(String(UInt64.random(in: 0...UInt64.max), radix: 16))")
            result = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if result >= 0 {
                unlink(path)
                break
            }
            if errno != EEXIST { break }
        }
        guard result >= 0 else { return nil }
        descriptor = result
    }

    deinit {
        close(descriptor)
    }

    /// Appends `bytes` at the end; false when the system refused (a full disk).
    func append(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    /// The `count` bytes at `offset`; nil when they cannot all be read.
    func read(at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        let complete = bytes.withUnsafeMutableBytes { buffer in
            while done < count, let base = buffer.baseAddress {
                let got = pread(descriptor, base + done, count - done, off_t(offset + done))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { return false }
                done += got
            }
            return true
        }
        return complete ? bytes : nil
    }
}
