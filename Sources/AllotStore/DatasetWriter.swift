import AllotModel
import Foundation

/// Writes a dataset folder: `allot.sqlite`, the CSV files exported from it, and `datapackage.json`.
///
/// The CSV and JSON files are rendered from the SQLite content in canonical order (notice id bytewise,
/// then table, row and column), so the same notices give byte-identical files whatever their input order.
/// When several notices share an id, the last in canonical order (by source file) is kept.
///
/// Crash safety. New CSV and JSON files are completed in a staging folder inside the dataset folder and
/// then renamed into place one by one. `ingest` writes an existing store in place, one transaction per
/// notice; `rebuild`, and an `ingest` into a folder without a store, build a fresh store in the staging
/// folder and rename it into place with the other files.
/// A SIGKILL mid-run leaves:
/// - in `allot.sqlite`, every notice either as before or fully replaced (SQLite rolls back an
///   interrupted transaction the next time the file is opened); after a run building its store in
///   the staging folder is killed before its renames, the old store untouched (or still none);
/// - each CSV and JSON file whole, either old or new; killed during the renames (a few system calls),
///   some files new and some old;
/// - a `.allot-staging-PID` folder, removed by the next run.
/// Running the same command again makes the folder consistent (ingest is idempotent). Every write
/// holds the folder's lock (`DatasetLock`), so two runs on one folder take turns.
public struct DatasetWriter: Sendable {
    /// The SQLite store's file name.
    public static let databaseFile = "allot.sqlite"
    /// The data package descriptor's file name.
    public static let packageFile = "datapackage.json"

    /// The dataset folder.
    public var directory: URL
    /// Whether the CSV files are the spreadsheet edition (`--excel`): a UTF-8 byte order mark and
    /// formula-like text cells neutralized (see `FormulaGuard`).
    public var excel: Bool

    /// Creates a writer for the folder at `directory`.
    public init(directory: URL, excel: Bool = false) {
        self.directory = directory
        self.excel = excel
    }

    /// Adds `notices` to the dataset, each replacing a stored notice with the same id, and re-exports the
    /// files. A notice that cannot be stored is skipped and listed in the summary's `rejected`.
    public func ingest(_ notices: [Notice]) throws(StoreError) -> DatasetSummary {
        try write(notices, mode: .ingest)
    }

    /// Replaces the dataset with one made of exactly `notices`. Everything is built in the staging folder
    /// first; on any error the old dataset stays as it was.
    public func rebuild(_ notices: [Notice]) throws(StoreError) -> DatasetSummary {
        try write(notices, mode: .rebuild)
    }

    /// One path for both: a session fed in canonical order, so the last notice of each id wins.
    private func write(_ notices: [Notice], mode: DatasetSession.Mode) throws(StoreError) -> DatasetSummary {
        let session = try DatasetSession(writer: self, mode: mode)
        for notice in notices.sorted(by: NoticeOrder.precedes) {
            session.add(notice)
        }
        return try session.finish()
    }

    /// Files rendered from the store, in the order they are renamed into place (the descriptor last).
    static let derivedFiles = DatasetTable.allCases.map(\.file) + [packageFile]

    /// Streams the store's tables into CSV files in the staging folder, then writes the descriptor.
    /// The allocations and relations of the notices whose lines `stash` keeps are copied from there;
    /// the unchanged notices' lines of the files `published` vouches for, from those.
    func stage(_ store: SQLiteStore, in staging: StagingFolder, stash: StashedLines? = nil,
               background: BackgroundSync? = nil, published: PublishedMerge? = nil) throws(StoreError) -> ExportResult {
        let result = try store.exportFiles(to: staging.url, excel: excel, stash: stash, background: background,
                                           merging: published)
        try AtomicFile.write(DataPackage.descriptor(excel: excel),
                             to: staging.file(Self.packageFile))
        return result
    }

    /// Flushes a file written without syncs (a rebuild's scratch store) to disk before it is published.
    static func sync(_ url: URL) throws(StoreError) {
        guard let handle = FileHandle(forUpdatingAtPath: url.path) else {
            throw .write(path: url.path, reason: "cannot open to sync")
        }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw .write(path: url.path, reason: error.localizedDescription)
        }
    }
}
