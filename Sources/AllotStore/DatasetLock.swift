import Foundation

/// An exclusive lock on a dataset folder, held by every command that writes it (ingest, rebuild,
/// restore) from before it reads the store until its files are published, so two writers never
/// interleave. It is an flock(2) on the folder itself: the kernel releases it when the process ends,
/// even by SIGKILL, so a killed run never leaves a stale lock behind.
public final class DatasetLock {
    /// What to do when another command holds the lock.
    public enum Wait: Sendable {
        /// Fail at once with `StoreError.locked`.
        case no
        /// Wait for it; `waiting` is called once, before blocking (to tell the user).
        case yes(waiting: @Sendable (String) -> Void)
    }

    /// The locked folder.
    public let directory: URL
    private var descriptor: Int32

    /// Creates the folder when absent and locks it.
    public init(_ directory: URL, wait: Wait) throws(StoreError) {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .write(path: directory.path, reason: error.localizedDescription)
        }
        descriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .write(path: directory.path, reason: "cannot open to lock: \(String(cString: strerror(errno)))")
        }
        if Self.lock(descriptor, blocking: false) { return }
        guard case let .yes(waiting) = wait else {
            close(descriptor)
            throw .locked(path: directory.path)
        }
        waiting("\(directory.path): another allot command is writing this dataset; waiting for it to finish "
                + "(--no-wait fails at once instead)")
        guard Self.lock(descriptor, blocking: true) else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .write(path: directory.path, reason: "cannot lock: \(reason)")
        }
    }

    deinit {
        unlock()
    }

    /// Releases the lock (also done when the lock is freed or the process ends).
    public func unlock() {
        guard descriptor >= 0 else { return }
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    private static func lock(_ descriptor: Int32, blocking: Bool) -> Bool {
        while flock(descriptor, LOCK_EX | (blocking ? 0 : LOCK_NB)) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }
}
