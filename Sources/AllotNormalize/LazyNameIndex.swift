import Foundation

/// A `NameIndex` built when it is first asked: the division stems are needed only for a name
/// printed without its suffix or with another, and stemming the catalog's thousands of names cost
/// every start (most notices print full names). Safe to share between the batch's threads.
final class LazyNameIndex<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`: nil until the first look-up.
    private var index: NameIndex<Element>?
    private let build: @Sendable () -> NameIndex<Element>

    /// An index `build` makes at the first look-up.
    init(_ build: @escaping @Sendable () -> NameIndex<Element>) {
        self.build = build
    }

    /// The elements under `name`, in their order; empty when none.
    subscript(name: String) -> [Element] {
        lock.withLock {
            let built = index ?? build()
            index = built
            return built[name]
        }
    }
}
