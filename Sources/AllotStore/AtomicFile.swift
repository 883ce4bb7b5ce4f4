import Foundation

/// Writes files so that readers see either the old content or the new, never a half-written file.
public enum AtomicFile {
    /// Writes `data` to a new temporary file with a random name beside `url`, created exclusively (never
    /// through a symlink another user planted), flushes it, then renames it over `url`.
    public static func write(_ data: Data, to url: URL) throws(StoreError) {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .write(path: url.path, reason: error.localizedDescription)
        }
        let file = try ExclusiveFile(temporaryIn: directory, prefix: ".\(url.lastPathComponent)")
        do {
            try file.append(data)
            try file.finish()
        } catch {
            file.discard()
            throw error
        }
        guard rename(file.url.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            file.discard()
            throw .write(path: url.path, reason: reason)
        }
    }
}
