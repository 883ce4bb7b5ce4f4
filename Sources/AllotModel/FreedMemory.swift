import Foundation

/// Gives memory a stage has let go back to the system. glibc keeps freed small blocks in its heap
/// for later use: a large sheet's raw rows (an array of texts each, 96 bytes a row) are freed as
/// the rows are drafted, and nothing after reuses them, so they stayed in RSS to the end of the run
/// (9.6 MB at 100,000 rows), and the drafts built next were carved from that free space, so they
/// stayed in RSS beside the rows built from them. The executable installs glibc's `malloc_trim`;
/// a stage that lets go of a large table's rows as it builds others calls `giveBack` as it goes.
/// Without a handler it does nothing.
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

    /// Rows of a large table between two give-backs while its rows go as others are built from
    /// them (a freed block can have been carved from the heap's free space, not mapped on its own).
    public static let batchRows = 16_384

    /// Gives back at every `batchRows`-th row (`position` counted from 0; never at the first).
    public static func giveBack(atRow position: Int) {
        if position > 0, position % batchRows == 0 { giveBack() }
    }
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
