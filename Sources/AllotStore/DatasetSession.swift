import AllotModel
import Foundation

/// A dataset write fed one notice at a time, so a batch never holds the whole corpus: each notice
/// goes into SQLite in its own transaction as soon as it is processed; the CSV and JSON files are
/// exported from the store when the session finishes. Feed notices in sorted source order for the
/// same "last one wins" rule as `DatasetWriter.ingest`. The session holds the folder's lock from
/// its start to its end, so no other command writes the folder meanwhile.
///
/// A rebuild, and an ingest into a folder without a store (its first), build the store in the
/// staging folder without syncs and publish it whole with the other files (`publishesWhole`): until
/// then the folder is as it was. Only an ingest into an existing store writes it in place, a notice
/// a transaction, so a crash keeps every notice stored before it.
public final class DatasetSession {
    /// What the session does to the existing dataset.
    public enum Mode: Sendable {
        /// Add to the stored notices (each replacing one with the same id).
        case ingest
        /// Start from an empty store; the old dataset stays until `finish` succeeds.
        case rebuild
    }

    private let writer: DatasetWriter
    private let mode: Mode
    private let lock: DatasetLock
    private let staging: StagingFolder
    private let store: SQLiteStore
    /// Where the store is published (and named in errors): `allot.sqlite` in the folder.
    private let database: URL
    /// Whether the store is built in the staging folder and published whole by `finish` (a rebuild,
    /// or an ingest into a folder without a store); otherwise it is written in place.
    public let publishesWhole: Bool
    /// The CSV lines of stored notices printed ahead, copied by the export (not for `--excel`).
    private let stash: StashedLines?
    private var sources: [String: [String]] = [:]
    /// Notices that could not be stored, each error naming its source file, in the order they came.
    public private(set) var rejected: [StoreError] = []
    /// Files whose notice is stored, and files already named in `rejected`.
    private var storedFiles = Set<String>()
    private var namedFiles = Set<String>()
    private var finished = false
    /// Flushes the staged store and the CSV files to disk as they grow (`publishesWhole` only).
    private let background = BackgroundSync()
    /// Notices stored, for flushing a staged store every `flushEvery` of them.
    private var stored = 0
    private static let flushEvery = 32
    /// The record of the files last published from a store written in place, taken out of it at
    /// the start (`SQLiteStore.takePublished`): the export copies from those files the lines of the
    /// notices this session does not give (`changed`).
    private var published: PublishedManifest?
    private var changed = Set<String>()
    /// Tables whose file the export merged from the published one (the rest printed from the store).
    public private(set) var mergedTables = Set<DatasetTable>()

    /// Locks the folder (waiting for another writer as `wait` says) and opens the store: in place for
    /// ingest, in the staging folder for rebuild. An ingest into a folder whose CSV files have no
    /// usable store beside them is refused (`StoreError.noStore`).
    public init(writer: DatasetWriter, mode: Mode, wait: DatasetLock.Wait = .yes(waiting: { _ in })) throws(StoreError) {
        self.writer = writer
        self.mode = mode
        lock = try DatasetLock(writer.directory, wait: wait)
        let database = writer.directory.appendingPathComponent(DatasetWriter.databaseFile)
        self.database = database
        if mode == .ingest { try Self.checkStore(database, of: writer.directory) }
        // Looked at under the lock: no other command creates the store meanwhile. A folder with CSV
        // files and no store was refused above, so a first ingest finds an empty folder (or none).
        publishesWhole = mode == .rebuild || !FileManager.default.fileExists(atPath: database.path)
        staging = try StagingFolder(in: writer.directory)
        do {
            store = try SQLiteStore(url: publishesWhole ? staging.file(DatasetWriter.databaseFile) : database,
                                    scratch: publishesWhole)
        } catch {
            staging.remove()
            throw error
        }
        stash = writer.excel ? nil : try? StashedLines(url: staging.file("stashed-lines"))
        if !publishesWhole {
            try checkNotEmpty(of: writer.directory)
            do {
                published = try store.takePublished()
            } catch {
                try? store.close()
                finished = true
                staging.remove()
                throw error
            }
        }
    }

    deinit {
        if !finished {
            try? store.close()
            staging.remove()
        }
    }

    /// Stores one notice in its own transaction; a notice that cannot be stored is remembered as
    /// rejected (the store keeps what it held for that id) and the session goes on. `prepared` are
    /// rows made from the notice ahead (`PreparedRows.prepare`, on the thread that read it), bound as they are if the notice is still the one
    /// they were made from.
    public func add(_ notice: Notice, prepared: PreparedRows? = nil) {
        // A notice given again as later files join it is the same notice, not a duplicate.
        if sources[notice.id]?.last != notice.sourceFile { sources[notice.id, default: []].append(notice.sourceFile) }
        var files = [notice.sourceFile]
        for source in notice.sources where !files.contains(source.file) { files.append(source.file) }
        let prepared = prepared.flatMap { $0.matches(notice) ? $0 : nil }
        // Printed from the store by the export, whether stored or not (then its rows are as they were).
        if published != nil { changed.insert(notice.id) }
        do {
            try store.replace(notice, prepared: prepared)
            storedFiles.formUnion(files)
            stored += 1
            if publishesWhole, stored % Self.flushEvery == 0 { background.flush(store.url.path) }
            if let lines = prepared?.lines, let prepared {
                stash?.put(notice.id, allocations: lines.allocations, relations: lines.relations,
                           cells: prepared.allocations.count)
            } else {
                stash?.remove(notice.id)
            }
        } catch {
            // A notice joined from several files (given again as each joins it) names each of its
            // files that is not stored, once.
            let fresh = files.filter { !storedFiles.contains($0) && !namedFiles.contains($0) }
            namedFiles.formUnion(fresh)
            if case let .ingest(_, _, reason) = error, !fresh.isEmpty {
                rejected += fresh.map { StoreError.ingest(source: $0, database: database.path, reason: reason) }
            } else if fresh.isEmpty, files.contains(where: namedFiles.contains) {
                return
            } else {
                rejected.append(Self.naming(database, in: error))
            }
        }
    }

    /// Stores rows read back from the dataset's CSV files, in one transaction (`restore`).
    func load(_ records: [DatasetTable: [DatasetRecord]]) throws(StoreError) {
        try store.insert(records)
    }

    /// Exports the files and publishes them (and, for a rebuild, the new store) into the folder.
    /// A rebuild in which a notice could not be stored publishes nothing and throws the first such
    /// error (`rejected` lists them all): the old dataset stays as it was.
    public func finish() throws(StoreError) -> DatasetSummary {
        finished = true
        defer {
            background.wait()
            staging.remove()
            lock.unlock()
        }
        if mode == .rebuild, let failure = rejected.first {
            try? store.close()
            throw failure
        }
        let counts: ExportCounts
        do {
            let merge = published.map { PublishedMerge(directory: writer.directory, manifest: $0, changed: changed) }
            let version = try? store.dataVersion()
            let result = try writer.stage(store, in: staging, stash: stash, background: background, published: merge)
            counts = result.counts
            mergedTables = result.merged
            // Recorded before the files are published: a run killed in between leaves a record of
            // files that are not there, which the next export finds out by their digests. Not
            // recorded if another program wrote the store meanwhile (the lock keeps out only allot).
            // A record that cannot be written costs the next run a whole export, nothing else.
            try? store.recordPublished(version == nil ? nil : result.manifest, ifUnchangedSince: version)
            try store.close()
        } catch {
            try? store.close()
            throw error
        }
        if publishesWhole {
            try DatasetWriter.sync(staging.file(DatasetWriter.databaseFile))
            SQLiteStore.settle(at: database)
            try staging.publish([DatasetWriter.databaseFile] + DatasetWriter.derivedFiles)
        } else {
            try staging.publish(DatasetWriter.derivedFiles)
        }
        // A file under a table's former name (references.csv) would now be stale.
        for name in DatasetTable.allCases.flatMap(\.formerNames) {
            try? FileManager.default.removeItem(at: writer.directory.appendingPathComponent("\(name).csv"))
        }
        let duplicates = sources.keys.sorted().compactMap { id -> DuplicateNotice? in
            guard let files = sources[id], files.count > 1, let kept = files.last else { return nil }
            return DuplicateNotice(id: id, kept: kept, dropped: Array(files.dropLast()))
        }
        return DatasetSummary(counts, duplicates: duplicates, rejected: rejected)
    }

    /// `error`, a notice that could not be stored naming the published store `database` (a staged
    /// store's path is in the staging folder, gone by the time the message is read).
    private static func naming(_ database: URL, in error: StoreError) -> StoreError {
        guard case let .ingest(source, _, reason) = error else { return error }
        return .ingest(source: source, database: database.path, reason: reason)
    }

    /// Refuses a store that is missing or an empty file while the folder has CSV files.
    private static func checkStore(_ database: URL, of directory: URL) throws(StoreError) {
        guard DatasetReader(directory: directory).hasFiles else { return }
        let size = (try? FileManager.default.attributesOfItem(atPath: database.path)[.size] as? Int) ?? nil
        guard let size else { throw .noStore(path: directory.path, reason: "\(DatasetWriter.databaseFile) is missing") }
        if size == 0 { throw .noStore(path: directory.path, reason: "\(DatasetWriter.databaseFile) is empty") }
    }

    /// Refuses a store without notices while notices.csv lists some.
    private func checkNotEmpty(of directory: URL) throws(StoreError) {
        guard try store.isEmpty(),
              let notices = try DatasetReader(directory: directory).read(.notices), !notices.rows.isEmpty else { return }
        try? store.close()
        finished = true
        staging.remove()
        throw .noStore(path: directory.path, reason: "\(DatasetWriter.databaseFile) holds no notices")
    }
}
