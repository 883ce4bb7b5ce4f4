import GRDB

/// The SQLite schema of `allot.sqlite`, as GRDB migrations. A released migration is never edited: later
/// schema changes are new migrations appended here.
enum StoreSchema {
    /// The migrations, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: notices, allocations, findings, references", migrate: createTables)
        return migrator
    }

    // Amounts are TEXT (exact decimal as printed), never REAL. Strings default to '' (absent), amounts and
    // arithmetic values are NULL when there is none. Child tables cascade from notices, so replacing a
    // notice is one DELETE plus its inserts.
    private static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE notices (
                notice_id     TEXT NOT NULL PRIMARY KEY,
                doc_number    TEXT NOT NULL DEFAULT '',
                issuer        TEXT NOT NULL DEFAULT '',
                title         TEXT NOT NULL DEFAULT '',
                date          TEXT NOT NULL DEFAULT '',
                source_file   TEXT NOT NULL,
                source_sha256 TEXT NOT NULL,
                page_count    INTEGER NOT NULL,
                table_count   INTEGER NOT NULL,
                row_count     INTEGER NOT NULL,
                finding_count INTEGER NOT NULL,
                agency_code   TEXT NOT NULL DEFAULT '',
                doc_year      TEXT NOT NULL DEFAULT '',
                doc_serial    TEXT NOT NULL DEFAULT '',
                signature     TEXT NOT NULL DEFAULT '',
                addressees    TEXT NOT NULL DEFAULT '',
                fund_year     TEXT NOT NULL DEFAULT '',
                fund_name     TEXT NOT NULL DEFAULT '',
                attachments   TEXT NOT NULL DEFAULT '',
                disclosure    TEXT NOT NULL DEFAULT '',
                copy_to       TEXT NOT NULL DEFAULT '',
                print_line    TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE allocations (
                notice_id     TEXT NOT NULL REFERENCES notices(notice_id) ON DELETE CASCADE,
                table_no      INTEGER NOT NULL,
                row_no        INTEGER NOT NULL,
                column_no     INTEGER NOT NULL,
                page          INTEGER NOT NULL,
                level         TEXT NOT NULL,
                name          TEXT NOT NULL DEFAULT '',
                region        TEXT NOT NULL DEFAULT '',
                division_code TEXT NOT NULL DEFAULT '',
                parent_code   TEXT NOT NULL DEFAULT '',
                column_name   TEXT NOT NULL DEFAULT '',
                amount        TEXT CHECK (amount IS NULL OR typeof(amount) = 'text'),
                unit          TEXT NOT NULL DEFAULT '',
                remark        TEXT NOT NULL DEFAULT '',
                division_match TEXT NOT NULL DEFAULT '',
                raw_name      TEXT NOT NULL DEFAULT '',
                table_title   TEXT NOT NULL DEFAULT '',
                attachment    TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (notice_id, table_no, row_no, column_no)
            );
            CREATE TABLE findings (
                notice_id     TEXT NOT NULL REFERENCES notices(notice_id) ON DELETE CASCADE,
                finding_no    INTEGER NOT NULL,
                table_no      INTEGER NOT NULL,
                row_no        INTEGER NOT NULL,
                page          INTEGER NOT NULL,
                name          TEXT NOT NULL DEFAULT '',
                column_name   TEXT NOT NULL DEFAULT '',
                check_name    TEXT NOT NULL,
                stated        TEXT CHECK (stated IS NULL OR typeof(stated) = 'text'),
                computed      TEXT CHECK (computed IS NULL OR typeof(computed) = 'text'),
                difference    TEXT CHECK (difference IS NULL OR typeof(difference) = 'text'),
                message       TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (notice_id, finding_no)
            );
            CREATE TABLE "references" (
                notice_id     TEXT NOT NULL REFERENCES notices(notice_id) ON DELETE CASCADE,
                reference_no  INTEGER NOT NULL,
                doc_number    TEXT NOT NULL,
                title         TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (notice_id, reference_no)
            );
            """)
    }
}
