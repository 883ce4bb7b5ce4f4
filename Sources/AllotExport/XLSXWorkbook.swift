import CXlsxWriter
import Foundation

/// The only file calling libxlsxwriter: a workbook written to one path, sheets, cells and formats.
/// Every lxw_error becomes an `ExportError` naming the file; the workbook is freed by `close()` or,
/// when never closed (an error on the way), by `deinit`.
final class XLSXWorkbook {
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
    private var numberFormats: [Int: Format] = [:]
    /// The bold header format.
    private(set) var header: Format?

    /// The most characters a cell holds (Excel's limit); longer text is cut there.
    static let maxCellCharacters = 32_767
    /// The most rows a sheet holds.
    static let maxRows = 1_048_576

    init(path: String) throws(ExportError) {
        self.path = path
        var options = lxw_workbook_options()
        options.constant_memory = 1  // rows are flushed as written: memory stays flat on large datasets
        guard let workbook = workbook_new_opt(path, &options) else { throw .write(path: path, reason: "cannot create the workbook") }
        self.workbook = workbook
        guard let bold = workbook_add_format(workbook) else { throw .write(path: path, reason: "cannot add a format") }
        format_set_bold(bold)
        format_set_bg_color(bold, 0xF3F4F6)
        header = Format(pointer: bold)
    }

    deinit {
        // Not closed: free without leaving a partial file behind being reported as written.
        if let workbook { workbook_close(workbook) }
    }

    /// Adds a sheet named `name` (already valid: at most 31 characters, none of []:*?/\).
    func addSheet(_ name: String) throws(ExportError) -> Sheet {
        guard let workbook, let sheet = workbook_add_worksheet(workbook, name) else {
            throw .write(path: path, reason: "cannot add sheet \(name)")
        }
        return Sheet(pointer: sheet)
    }

    /// The number format with grouping and `decimals` decimal places (#,##0.00).
    func numberFormat(decimals: Int) throws(ExportError) -> Format {
        if let format = numberFormats[decimals] { return format }
        guard let workbook, let format = workbook_add_format(workbook) else { throw .write(path: path, reason: "cannot add a format") }
        format_set_num_format(format, "#,##0" + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : ""))
        numberFormats[decimals] = Format(pointer: format)
        return Format(pointer: format)
    }

    /// Writes text as a string cell (never a formula, whatever it starts with).
    func write(_ text: String, _ sheet: Sheet, row: Int, column: Int, format: Format? = nil) throws(ExportError) {
        guard !text.isEmpty else { return }
        let clipped = text.count > Self.maxCellCharacters ? String(text.prefix(Self.maxCellCharacters)) : text
        try check(worksheet_write_string(sheet.pointer, lxw_row_t(row), lxw_col_t(column), clipped, format?.pointer))
    }

    /// Writes a number cell.
    func write(_ number: Double, _ sheet: Sheet, row: Int, column: Int, format: Format?) throws(ExportError) {
        try check(worksheet_write_number(sheet.pointer, lxw_row_t(row), lxw_col_t(column), number, format?.pointer))
    }

    /// Freezes the rows above `row`.
    func freeze(_ sheet: Sheet, rows: Int) {
        worksheet_freeze_panes(sheet.pointer, lxw_row_t(rows), 0)
    }

    /// Sets the width of columns `first...last` in characters.
    func width(_ sheet: Sheet, columns first: Int, _ last: Int, _ width: Double) {
        worksheet_set_column(sheet.pointer, lxw_col_t(first), lxw_col_t(last), width, nil)
    }

    /// Writes the file and frees the workbook.
    func close() throws(ExportError) {
        guard let workbook else { return }
        self.workbook = nil
        try check(workbook_close(workbook))
    }

    private func check(_ error: lxw_error) throws(ExportError) {
        guard error != LXW_NO_ERROR else { return }
        throw .write(path: path, reason: String(cString: lxw_strerror(error)))
    }
}
