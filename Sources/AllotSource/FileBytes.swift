import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system calls that read an input file (see `SourceFile.read`).
enum FileBytes {
    static func read(_ path: String, maximumBytes: Int) throws(SourceFileError) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw SourceFileError(path: path, errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SourceFileError(path: path, errno: errno) }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else { throw .notRegularFile(path: path, what: kind(type)) }
        let size = Int(info.st_size)
        guard size <= maximumBytes else { throw .tooLarge(path: path, bytes: size, limit: maximumBytes) }
        // The size is a hint (the file may grow or shrink while it is read): read to the end,
        // never more than the limit.
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maximumBytes else { throw .tooLarge(path: path, bytes: count, limit: maximumBytes) }
                // Room for one byte past the limit, to notice a file that grew beyond it (no overflow at Int.max).
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096) - 1, maximumBytes - count) + 1))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw SourceFileError(path: path, errno: errno)
            }
            if got == 0 { break }
            count += got
        }
        guard count <= maximumBytes else { throw .tooLarge(path: path, bytes: count, limit: maximumBytes) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    static func head(_ path: String, count: Int) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { buffer in Glibc.read(descriptor, buffer.baseAddress, buffer.count) }
        guard got > 0 else { return [] }
        bytes.removeLast(bytes.count - got)
        return bytes
    }

    private static func kind(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
