import Foundation

/// Gives memory a stage has let go back to the system. glibc keeps freed small blocks in its heap
/// for later use: a large sheet's raw rows (an array of texts each, 96 bytes a row) are freed as
/// the rows are drafted, and nothing after reuses them, so they stayed in RSS to the end of the run
/// (9.6 MB at 100,000 rows). The executable installs glibc's `malloc_trim`; a stage that has just
/// let go of a large table's small blocks calls `giveBack()`. Without a handler it does nothing.
public enum FreedMemory {
    private static let handler = Handler()

    /// Sets what `giveBack()` runs (once, at start-up).
    public static func install(_ giveBack: @escaping @Sendable () -> Void) {
        handler.set(giveBack)
    }

    /// Runs the installed handler, if any.
    public static func giveBack() {
        handler.get()?()
    }

    /// Rows of a table from which its freed rows are given back (a small table's are reused soon).
    public static let minimumRows = 16_384
}

/// The installed handler, behind a lock.
private final class Handler: @unchecked Sendable {
    private let lock = NSLock()
    private var giveBack: (@Sendable () -> Void)?

    func set(_ handler: @escaping @Sendable () -> Void) {
        lock.withLock { giveBack = handler }
    }

    func get() -> (@Sendable () -> Void)? {
        lock.withLock { giveBack }
    }
}
