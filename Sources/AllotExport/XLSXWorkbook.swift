import CXlsxWriter
import Foundation

/// The only file calling libxlsxwriter: a workbook written to one path, sheets, cells and formats.
/// Every lxw_error becomes an `ExportError` naming the file; the workbook is freed by `close()` or,
/// when never closed (an error on the way), by `deinit`. The library is opened when the first
/// workbook is made (no other command loads it).
final class XLSXWorkbook {
    /// The functions of the library, found once a process (or why they could not be).
    private static let library: Result<AllotXlsxWriterAPI, LibraryError> = {
        let soname = String(cString: allot_xlsxwriter_soname())
        let table = UnsafeMutablePointer<AllotXlsxWriterAPI>.allocate(capacity: 1)
        defer { table.deallocate() }
        if let failure = allot_xlsxwriter_open(soname, table) {
            return .failure(LibraryError(message: "cannot load \(soname): \(String(cString: failure)) (install libxlsxwriter4)"))
        }
        return .success(table.pointee)
    }()

    /// Why the library could not be opened.
    private struct LibraryError: Error {
        var message: String
    }

    /// A sheet of the workbook (owned by it).
    struct Sheet {
        fileprivate let pointer: UnsafeMutablePointer<lxw_worksheet>
    }

    /// A cell format (owned by the workbook).
    struct Format {
        fileprivate let pointer: UnsafeMutablePointer<lxw_format>
    }

    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private let path: String
    private let api: AllotXlsxWriterAPI
    private var numberFormats: [Int: Format] = [:]
    /// The bold header format.
    private(set) var header: Format?

    /// The most characters a cell holds (Excel's limit); longer text is cut there.
    static let maxCellCharacters = 32_767
    /// The most rows a sheet holds.
    static let maxRows = 1_048_576

    init(path: String) throws(ExportError) {
        self.path = path
        switch Self.library {
        case let .success(api): self.api = api
        case let .failure(error): throw .write(path: path, reason: error.message)
        }
        var options = lxw_workbook_options()
        options.constant_memory = 1  // rows are flushed as written: memory stays flat on large datasets
        guard let workbook = api.workbook_new_opt(path, &options) else { throw .write(path: path, reason: "cannot create the workbook") }
        self.workbook = workbook
        guard let bold = api.workbook_add_format(workbook) else { throw .write(path: path, reason: "cannot add a format") }
        api.format_set_bold(bold)
        api.format_set_bg_color(bold, 0xF3F4F6)
        header = Format(pointer: bold)
    }

    deinit {
        // Not closed: free without leaving a partial file behind being reported as written.
        if let workbook { _ = api.workbook_close(workbook) }
    }

    /// Adds a sheet named `name` (already valid: at most 31 characters, none of []:*?/\).
    func addSheet(_ name: String) throws(ExportError) -> Sheet {
        guard let workbook, let sheet = api.workbook_add_worksheet(workbook, name) else {
            throw .write(path: path, reason: "cannot add sheet \(name)")
        }
        return Sheet(pointer: sheet)
    }

    /// The number format with grouping and `decimals` decimal places (#,##0.00).
    func numberFormat(decimals: Int) throws(ExportError) -> Format {
        if let format = numberFormats[decimals] { return format }
        guard let workbook, let format = api.workbook_add_format(workbook) else { throw .write(path: path, reason: "cannot add a format") }
        api.format_set_num_format(format, "#,##0" + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : ""))
        numberFormats[decimals] = Format(pointer: format)
        return Format(pointer: format)
    }

    /// Writes text as a string cell (never a formula, whatever it starts with).
    func write(_ text: String, _ sheet: Sheet, row: Int, column: Int, format: Format? = nil) throws(ExportError) {
        guard !text.isEmpty else { return }
        let clipped = text.count > Self.maxCellCharacters ? String(text.prefix(Self.maxCellCharacters)) : text
        try check(api.worksheet_write_string(sheet.pointer, lxw_row_t(row), lxw_col_t(column), clipped, format?.pointer))
    }

    /// Writes a number cell.
    func write(_ number: Double, _ sheet: Sheet, row: Int, column: Int, format: Format?) throws(ExportError) {
        try check(api.worksheet_write_number(sheet.pointer, lxw_row_t(row), lxw_col_t(column), number, format?.pointer))
    }

    /// Freezes the rows above `row`.
    func freeze(_ sheet: Sheet, rows: Int) {
        api.worksheet_freeze_panes(sheet.pointer, lxw_row_t(rows), 0)
    }

    /// Sets the width of columns `first...last` in characters.
    func width(_ sheet: Sheet, columns first: Int, _ last: Int, _ width: Double) {
        _ = api.worksheet_set_column(sheet.pointer, lxw_col_t(first), lxw_col_t(last), width, nil)
    }

    /// Writes the file and frees the workbook.
    func close() throws(ExportError) {
        guard let workbook else { return }
        self.workbook = nil
        try check(api.workbook_close(workbook))
    }

    private func check(_ error: lxw_error) throws(ExportError) {
        guard error != LXW_NO_ERROR else { return }
        throw .write(path: path, reason: api.lxw_strerror(error).map { String(cString: $0) } ?? "libxlsxwriter error \(error.rawValue)")
    }
}
