import CFreeXL

/// The only place that calls libfreexl. The workbook handle is closed in `deinit` (freexl wants
/// it closed even after a failed open); cell values are copied into Swift values at once.
final class FreeXL {
    /// A cell value as freexl returns it.
    enum Value {
        case empty
        case integer(Int32)
        case double(Double)
        case text(String)
    }

    private var handle: UnsafeRawPointer?

    /// Opens the workbook at `path`; throws freexl's error code.
    init(path: String) throws(FreeXLError) {
        var opened: UnsafeRawPointer?
        let status = freexl_open(path, &opened)
        handle = opened
        guard status == FREEXL_OK else { throw FreeXLError(code: status) }
    }

    deinit {
        if let handle { freexl_close(handle) }
    }

    /// Number of worksheets.
    func sheetCount() throws(FreeXLError) -> Int {
        var count: UInt32 = 0
        try check(freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &count))
        return Int(count)
    }

    /// Name of worksheet `index`.
    func sheetName(_ index: Int) throws(FreeXLError) -> String {
        guard let index16 = UInt16(exactly: index) else { throw FreeXLError(code: FREEXL_BIFF_ILLEGAL_SHEET_INDEX) }
        var name: UnsafePointer<CChar>?
        try check(freexl_get_worksheet_name(handle, index16, &name))
        return name.map { String(cString: $0) } ?? ""
    }

    /// Makes worksheet `index` the one cells are read from; returns its rows and columns.
    func select(_ index: Int) throws(FreeXLError) -> (rows: Int, columns: Int) {
        guard let index16 = UInt16(exactly: index) else { throw FreeXLError(code: FREEXL_BIFF_ILLEGAL_SHEET_INDEX) }
        try check(freexl_select_active_worksheet(handle, index16))
        var rows: UInt32 = 0
        var columns: UInt16 = 0
        try check(freexl_worksheet_dimensions(handle, &rows, &columns))
        return (Int(rows), Int(columns))
    }

    /// The value of a cell of the selected worksheet (0-based).
    func value(row: Int, column: Int) throws(FreeXLError) -> Value {
        guard let row32 = UInt32(exactly: row), let column16 = UInt16(exactly: column) else {
            throw FreeXLError(code: FREEXL_ILLEGAL_CELL_ROW_COL)
        }
        var cell = FreeXL_CellValue()
        try check(freexl_get_cell_value(handle, row32, column16, &cell))
        switch Int32(cell.type) {
        case FREEXL_CELL_INT: return .integer(cell.value.int_value)
        case FREEXL_CELL_DOUBLE: return .double(cell.value.double_value)
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT, FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
            return cell.value.text_value.map { .text(String(cString: $0)) } ?? .empty
        default: return .empty
        }
    }

    /// The double a cell of the selected worksheet stores (0-based), nil for any other cell; no
    /// text is copied (a first pass over a sheet's numbers).
    func double(row: Int, column: Int) -> Double? {
        guard let row32 = UInt32(exactly: row), let column16 = UInt16(exactly: column) else { return nil }
        var cell = FreeXL_CellValue()
        guard freexl_get_cell_value(handle, row32, column16, &cell) == FREEXL_OK,
              Int32(cell.type) == FREEXL_CELL_DOUBLE else { return nil }
        return cell.value.double_value
    }

    private func check(_ status: Int32) throws(FreeXLError) {
        guard status == FREEXL_OK else { throw FreeXLError(code: status) }
    }
}

/// A freexl error code with its meaning.
struct FreeXLError: Error {
    var code: Int32

    var reason: String {
        switch code {
        case FREEXL_FILE_NOT_FOUND: "file not found"
        case FREEXL_INSUFFICIENT_MEMORY: "out of memory"
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_INVALID_SECTOR_SIZE:
            "not an OLE2 compound file"
        case FREEXL_BIFF_WORKBOOK_NOT_FOUND: "no workbook stream (not a spreadsheet)"
        case FREEXL_CRAFTED_FILE: "severely corrupted file"
        case FREEXL_UNSUPPORTED_CHARSET, FREEXL_INVALID_CHARACTER: "text in an unsupported charset"
        default: "damaged workbook"
        }
    }
}
