import Foundation

/// Divisions by a name, built when first asked: the stems are needed only for a name printed
/// without its suffix or with another, and stemming the catalog's thousands of names cost every
/// start (most notices print full names). Safe to share between the batch's threads. Not generic:
/// a generic class's metadata is made at first use, about 2 M instructions of every run.
final class LazyNameIndex: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`: nil until the first look-up.
    private var index: NameIndex<Division>?
    private let build: @Sendable () -> NameIndex<Division>

    /// An index `build` makes at the first look-up.
    init(_ build: @escaping @Sendable () -> NameIndex<Division>) {
        self.build = build
    }

    /// The divisions under `name`, in code order; empty when none.
    subscript(name: String) -> [Division] {
        lock.withLock {
            let built = index ?? build()
            index = built
            return built[name]
        }
    }
}
