import AllotModel
import Foundation

/// A dataset write fed one notice at a time, so a batch never holds the whole corpus: each notice
/// goes into SQLite in its own transaction as soon as it is processed; the CSV and JSON files are
/// exported from the store when the session finishes. Feed notices in sorted source order for the
/// same "last one wins" rule as `DatasetWriter.ingest`.
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
    private let staging: StagingFolder
    private let store: SQLiteStore
    private var sources: [String: [String]] = [:]
    private var rejected: [StoreError] = []
    private var finished = false

    /// Opens the store (in place for ingest, in the staging folder for rebuild).
    public init(writer: DatasetWriter, mode: Mode) throws(StoreError) {
        self.writer = writer
        self.mode = mode
        staging = try StagingFolder(in: writer.directory)
        let url = mode == .rebuild ? staging.file(DatasetWriter.databaseFile)
            : writer.directory.appendingPathComponent(DatasetWriter.databaseFile)
        do {
            store = try SQLiteStore(url: url, scratch: mode == .rebuild)
        } catch {
            staging.remove()
            throw error
        }
    }

    deinit {
        if !finished {
            try? store.close()
            staging.remove()
        }
    }

    /// Stores one notice in its own transaction; a notice that cannot be stored is remembered as
    /// rejected (the store keeps what it held for that id) and the session goes on.
    public func add(_ notice: Notice) {
        sources[notice.id, default: []].append(notice.sourceFile)
        do {
            try store.replace(notice)
        } catch {
            rejected.append(error)
        }
    }

    /// Exports the files and publishes them (and, for a rebuild, the new store) into the folder.
    /// A rebuild in which a notice could not be stored publishes nothing and throws that error:
    /// the old dataset stays as it was.
    public func finish() throws(StoreError) -> DatasetSummary {
        finished = true
        defer { staging.remove() }
        if mode == .rebuild, let failure = rejected.first {
            try? store.close()
            throw failure
        }
        let counts = try writer.stage(store, in: staging)
        try store.close()
        if mode == .rebuild {
            try DatasetWriter.sync(staging.file(DatasetWriter.databaseFile))
            SQLiteStore.settle(at: writer.directory.appendingPathComponent(DatasetWriter.databaseFile))
            try staging.publish([DatasetWriter.databaseFile] + DatasetWriter.derivedFiles)
        } else {
            try staging.publish(DatasetWriter.derivedFiles)
        }
        let duplicates = sources.keys.sorted().compactMap { id -> DuplicateNotice? in
            guard let files = sources[id], files.count > 1, let kept = files.last else { return nil }
            return DuplicateNotice(id: id, kept: kept, dropped: Array(files.dropLast()))
        }
        return DatasetSummary(counts, duplicates: duplicates, rejected: rejected)
    }
}
