import GRDB

/// What the store knows of the CSV files last exported from it: each file's size and SHA-256, and how
/// its rows were printed. An ingest of a few notices into a large dataset copies the other notices'
/// lines from those files (`PublishedFile`) instead of printing every row of the store again, but
/// only from a file whose bytes are exactly the ones recorded here, printed the way this version
/// prints; anything else (a file edited, restored from elsewhere, half-published, or written by a
/// version printing otherwise) is exported in full from the store.
///
/// Kept in the store's own table `allot_published`, which is not a dataset table (it has no CSV
/// file). An ingest writing the store in place takes it out when it starts (`takePublished`), and
/// triggers drop it whenever a notice is stored (`triggerSQL`), so that a run killed after storing
/// notices and before publishing its files leaves none and the next run exports in full; the
/// export records the files it wrote before the store is closed (`recordPublished`).
struct PublishedManifest: Equatable, Sendable {
    /// One exported file.
    struct Entry: Equatable, Sendable {
        var bytes: Int
        var sha256: String
    }

    /// How the rows were printed (`printing(excel:)`).
    var printing: String
    /// Entries by file name (`allocations.csv`).
    var files: [String: Entry]

    /// Version of the printing of a stored row as CSV bytes (`SQLiteRows.appendLine`,
    /// `CSVTable.appendLine`, `FormulaGuard`). Raise it with any change to what those print for the
    /// same stored values: files recorded under another version are then never merged.
    /// (`PublishedPrintingTests` holds the printing of a sample of values to a fingerprint.)
    static let printingVersion = 1

    /// The printing of this version, for the plain or the spreadsheet (`excel`) edition.
    static func printing(excel: Bool) -> String {
        "csv-\(printingVersion)" + (excel ? "-excel" : "")
    }

    /// The entry for `file` if the files were printed as this version prints the edition `excel`.
    func entry(_ file: String, excel: Bool) -> Entry? {
        printing == Self.printing(excel: excel) ? files[file] : nil
    }

    static let table = "allot_published"

    static let createSQL = """
        CREATE TABLE IF NOT EXISTS \(table) (
            file TEXT NOT NULL PRIMARY KEY,
            bytes INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            printing TEXT NOT NULL
        )
        """

    /// Triggers that drop the record whenever the rows change other than through an export: a notice
    /// stored, changed or deleted (by this version, an earlier one that knows nothing of the record,
    /// or another program), a row of another table changed or deleted. (Rows added by hand to a
    /// table other than notices are not caught: a trigger there would run for every row an ingest
    /// inserts, 61,000 for 1,000 notices, on the writer; not tried.)
    static var triggerSQL: [String] {
        DatasetTable.allCases.flatMap { table in
            (table == .notices ? ["INSERT", "UPDATE", "DELETE"] : ["UPDATE", "DELETE"]).map { event in
                "CREATE TRIGGER IF NOT EXISTS \(Self.table)_\(table.name)_\(event.lowercased()) AFTER \(event) ON "
                    + "\(table.name) BEGIN DELETE FROM \(Self.table); END"
            }
        }
    }

    /// The manifest stored in `db`, nil when it has no entry (or entries disagree on the printing).
    static func read(_ db: Database) throws -> PublishedManifest? {
        var printings = Set<String>()
        var files: [String: Entry] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT file, bytes, sha256, printing FROM \(table)") {
            guard let file: String = row[0], let bytes: Int = row[1], let sha256: String = row[2],
                  let printing: String = row[3] else { continue }
            files[file] = Entry(bytes: bytes, sha256: sha256)
            printings.insert(printing)
        }
        guard printings.count == 1, let printing = printings.first else { return nil }
        return PublishedManifest(printing: printing, files: files)
    }

    /// Replaces the manifest stored in `db` by `manifest` (none: cleared).
    static func write(_ manifest: PublishedManifest?, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM \(table)")
        guard let manifest else { return }
        for file in manifest.files.keys.sorted() {
            guard let entry = manifest.files[file] else { continue }
            try db.execute(sql: "INSERT INTO \(table) (file, bytes, sha256, printing) VALUES (?, ?, ?, ?)",
                           arguments: [file, entry.bytes, entry.sha256, manifest.printing])
        }
    }
}

extension SQLiteStore {
    /// The manifest of the files last exported from the store, cleared in the same transaction (an
    /// ingest about to write the store in place: until it records its own files, none are trusted).
    func takePublished() throws(StoreError) -> PublishedManifest? {
        try writing { db in
            let manifest = try PublishedManifest.read(db)
            if manifest != nil { try PublishedManifest.write(nil, db) }
            return manifest
        }
    }

    /// The manifest stored, left in place (tests).
    func published() throws(StoreError) -> PublishedManifest? {
        try reading { db in try PublishedManifest.read(db) }
    }

    /// Records the files just exported from the store (none: the record cleared). With `version`
    /// (`dataVersion()` read before the export), the record is cleared instead if another
    /// connection has changed the store since: the files may not hold that change.
    func recordPublished(_ manifest: PublishedManifest?, ifUnchangedSince version: Int? = nil) throws(StoreError) {
        try writing { db in
            let unchanged = try version.map { try Self.dataVersion(db) == $0 } ?? true
            try PublishedManifest.write(unchanged ? manifest : nil, db)
        }
    }

    /// SQLite's `data_version`: it changes when another connection commits to the store.
    func dataVersion() throws(StoreError) -> Int {
        try reading { db in try Self.dataVersion(db) }
    }

    private static func dataVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
    }
}
