import Foundation

/// A folder inside the dataset folder where new files are completed before each is renamed into place.
/// Being inside the dataset folder keeps it on the same file system, so the renames are atomic.
struct StagingFolder {
    /// Name prefix; the process id follows, so a later run can tell a dead run's leftovers.
    static let prefix = ".allot-staging-"

    /// The dataset folder.
    let directory: URL
    /// The staging folder.
    let url: URL

    /// Creates the dataset folder when absent, removes staging folders left by killed runs, and creates
    /// this run's staging folder.
    init(in directory: URL) throws(StoreError) {
        self.directory = directory
        let pid = ProcessInfo.processInfo.processIdentifier
        url = directory.appendingPathComponent("\(Self.prefix)\(pid)")
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            for name in try manager.contentsOfDirectory(atPath: directory.path) where name.hasPrefix(Self.prefix) {
                guard let owner = Int32(name.dropFirst(Self.prefix.count)), !Self.isRunning(owner) || owner == pid
                else { continue }
                try manager.removeItem(at: directory.appendingPathComponent(name))
            }
            try manager.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw .write(path: url.path, reason: error.localizedDescription)
        }
    }

    /// The staged file called `name`.
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Renames each staged file over its namesake in the dataset folder, in the order given.
    func publish(_ names: [String]) throws(StoreError) {
        for name in names {
            let target = directory.appendingPathComponent(name)
            guard rename(file(name).path, target.path) == 0 else {
                throw .write(path: target.path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Removes the staging folder and whatever is left in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
