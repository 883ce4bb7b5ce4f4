import AllotModel

/// A notice's allocation and relation rows (most of its rows, and all that depend only on its id and
/// tables) built and encoded for the store on the thread that read the notice, so that the writer,
/// which runs alone, only binds them. The writer uses them only for the very notice they were made
/// from: same id and the same tables array (a notice whose tables a later batch step replaced, such
/// as an HTML page joined with its attachment, is encoded again by the writer).
public struct PreparedRows: PreparedValue {
    /// Cells at most: a larger notice (a sheet of many thousand rows) is streamed by the writer as
    /// it always was, never held encoded and printed (about 1.5 KB a cell) while it waits for the
    /// writer: at most about 1.5 MB a waiting notice (`BatchRunner` lets 4 a job, at least 8,
    /// wait). A generated notice has about 180 cells.
    static let maximumCells = 1_000

    let id: String
    /// The tables the rows were made from (kept: see `Array.sharesStorage`).
    private let tables: [AllocationTable]
    let allocations: EncodedRows
    let relations: EncodedRows
    /// The rows' CSV lines as the export prints them once stored (nil when they cannot be told ahead).
    let lines: (allocations: [UInt8], relations: [UInt8])?

    /// Rows given as made from `tables` of the notice `id`.
    init(id: String, tables: [AllocationTable], allocations: EncodedRows, relations: EncodedRows) {
        self.id = id
        self.tables = tables
        self.allocations = allocations
        self.relations = relations
        if let allocationLines = allocations.csvLines(), let relationLines = relations.csvLines() {
            lines = (allocationLines, relationLines)
        } else {
            lines = nil
        }
    }

    /// The rows of `notice`, or nil when it has more than `maximumCells` amount cells.
    public static func prepare(_ notice: Notice) -> PreparedRows? {
        var cells = 0
        for table in notice.tables {
            let (product, overflow) = table.rows.count.multipliedReportingOverflow(by: table.amountColumns.count)
            cells += overflow ? maximumCells + 1 : product
            if cells > maximumCells { return nil }
        }
        let allocations = AllocationColumns.encoded(notice, cells: cells)
        let relations = RelationColumns.encoded(notice)
        return PreparedRows(id: notice.id, tables: notice.tables, allocations: allocations, relations: relations)
    }

    /// About how many bytes the rows hold, encoded and printed.
    public var bytes: Int {
        let values = (allocations.values.count + relations.values.count) * MemoryLayout<EncodedRows.Value>.stride
        return allocations.texts.count + relations.texts.count + values
            + (lines.map { $0.allocations.count + $0.relations.count } ?? 0)
    }

    /// Whether these are the rows of `notice` as it is now: its id and its tables array unchanged.
    func matches(_ notice: Notice) -> Bool {
        notice.id == id && notice.tables.sharesStorage(with: tables)
    }

    /// The encoded rows of `table`, if prepared.
    func rows(_ table: DatasetTable) -> EncodedRows? {
        switch table {
        case .allocations: allocations
        case .relations: relations
        case .notices, .findings, .citations, .sources, .attachments: nil
        }
    }
}
