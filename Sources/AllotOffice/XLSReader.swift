import AllotModel
import Foundation

/// Reads an xls workbook (BIFF8, as WPS and old Excel write it) through libfreexl: every sheet
/// in order, as lines and a table grid like an xlsx sheet. BIFF stores numbers as IEEE doubles;
/// the stored value's text is the shortest decimal that reads back as the same double (what Excel
/// shows with General format), turned into Decimal from that text. freexl reports neither merged
/// ranges nor hidden rows, sheets or formulas: a merged title or header keeps its text in its
/// first cell, which the table reader handles as printed.
struct XLSReader {
    let path: String
    let maximumColumns: Int

    /// Cells read per workbook at most (a hostile dimension record cannot make us loop for ever).
    static let maximumCells = 4_000_000

    /// The workbook's sheets as items. freexl reads files: `bytes` are staged in a private folder
    /// and let go before the sheets are read.
    func read(_ bytes: consuming [UInt8]) throws(OfficeError) -> [FlowItem] {
        let folder = try PrivateFolder()
        let file = folder.url.appendingPathComponent("workbook.xls").path
        do {
            try Data(consume bytes).write(to: URL(fileURLWithPath: file))
        } catch {
            throw .unreadable(path: path, reason: "cannot stage the workbook: \(error.localizedDescription)")
        }
        do {
            // The workbook (freexl holds every cell of it) is closed before the grids are built.
            var sheets = try cells(file: file)
            var items: [FlowItem] = []
            var block = 0
            for position in sheets.indices {
                var sheet = SheetCells(name: "")
                swap(&sheet, &sheets[position])
                items += sheet.items(block: &block, maximumColumns: maximumColumns).items
            }
            return items
        } catch let error as FreeXLError {
            throw .xls(path: path, code: error.code, reason: error.reason)
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .xls(path: path, code: -1, reason: "\(error)")
        }
    }

    /// The cells of every sheet, in order, read from the workbook at `file`.
    private func cells(file: String) throws -> [SheetCells] {
        let workbook = try FreeXL(path: file)
        var sheets: [SheetCells] = []
        var budget = Self.maximumCells
        for index in 0..<(try workbook.sheetCount()) {
            let name = try workbook.sheetName(index)
            let (rows, columns) = try workbook.select(index)
            var sheet = SheetCells(name: name)
            let usedColumns = min(columns, maximumColumns)
            guard rows.multipliedReportingOverflow(by: usedColumns).partialValue <= budget else {
                throw OfficeError.archiveLimit(path: path, reason: "sheet \(name) claims \(rows) × \(columns) cells")
            }
            budget -= rows * usedColumns
            for row in 0..<rows {
                for column in 0..<usedColumns {
                    if let cell = Self.cell(try workbook.value(row: row, column: column)) {
                        sheet.set(row: row + 1, column: column + 1, cell)
                    }
                }
            }
            sheets.append(sheet)
        }
        return sheets
    }

    /// A cell's value as a sheet cell; a double as its shortest decimal text, an integral one
    /// without a fraction (WPS stores 205 as the double 205.0: it is 205, not "205.0").
    static func cell(_ value: FreeXL.Value) -> SheetCells.Cell? {
        switch value {
        case .empty:
            return nil
        case let .integer(number):
            return SheetCells.Cell(text: String(number), storedValue: String(number))
        case let .double(number):
            var text = number == 0 ? "0" : "\(number)"
            if text.hasSuffix(".0") { text.removeLast(2) }
            guard number.isFinite, let stored = SheetStream.canonicalNumber(text) else {
                return SheetCells.Cell(text: text)
            }
            return SheetCells.Cell(text: stored, storedValue: stored)
        case let .text(text):
            // freexl reports no cell style: text is set from the left (Excel's General alignment),
            // so the spaces it starts with indent it as in an xlsx cell without an indent step.
            return SheetCells.Cell(text: text, indentSteps: 0)
        }
    }
}
