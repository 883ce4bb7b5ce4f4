import AllotModel
import Foundation

/// Reads an xls workbook (BIFF8, as WPS and old Excel write it) through libfreexl: every sheet
/// in order, as lines and a table grid like an xlsx sheet. BIFF stores numbers as IEEE doubles;
/// the stored value's text is the shortest decimal that reads back as the same double (what Excel
/// shows with General format), turned into Decimal from that text. freexl reports neither merged
/// ranges nor number formats, hidden rows, sheets or formulas: they are read from the workbook's
/// own records (`BIFFSheets`), so a merged title or header spans its columns, hidden sheets, rows
/// and columns are left out with the same notes, and formulas keep their cached results and text
/// (`XLSFormulaCells`), as in an xlsx sheet.
struct XLSReader {
    let path: String
    let maximumColumns: Int

    /// Cells read per workbook at most (a hostile dimension record cannot make us loop for ever).
    static let maximumCells = 4_000_000

    /// A sheet as read: left out for its hidden state, or its cells and its formulas' note.
    private enum ReadSheet {
        case hidden(name: String, state: String)
        case shown(SheetCells, formulaNote: Finding?)
    }

    /// The workbook's sheets as items, and the notes on what was left out or not checked. freexl
    /// reads files: `bytes` are staged in a private folder and let go before the sheets are read.
    func read(_ bytes: consuming [UInt8]) throws(OfficeError) -> (items: [FlowItem], notes: [Finding]) {
        // freexl reports no merged ranges, formats, hidden parts nor formulas: they are read from
        // the workbook's records first.
        let layout = BIFFSheets.read(bytes)
        let folder = try PrivateFolder()
        let file = folder.url.appendingPathComponent("workbook.xls").path
        do {
            try Data(consume bytes).write(to: URL(fileURLWithPath: file))
        } catch {
            throw .unreadable(path: path, reason: "cannot stage the workbook: \(error.localizedDescription)")
        }
        do {
            // The workbook (freexl holds every cell of it) is closed before the grids are built.
            var sheets = try cells(file: file, layout: layout)
            var items: [FlowItem] = []
            var notes: [Finding] = []
            var block = 0
            for position in sheets.indices {
                var read = ReadSheet.hidden(name: "", state: "")
                swap(&read, &sheets[position])
                switch consume read {
                case let .hidden(name, state):
                    notes.append(SheetNotes.hiddenSheet(name, state: state))
                case .shown(var sheet, let formulaNote):
                    let (sheetItems, hidden) = sheet.items(block: &block, maximumColumns: maximumColumns)
                    items += sheetItems
                    notes += [SheetNotes.hiddenParts(sheet.name, rows: hidden.rows, columns: hidden.columns),
                              SheetNotes.displayRounded(sheet.name, count: sheet.roundedDisplays), formulaNote].compactMap { $0 }
                }
            }
            return (items, notes)
        } catch let error as FreeXLError {
            throw .xls(path: path, code: error.code, reason: error.reason)
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .xls(path: path, code: -1, reason: "\(error)")
        }
    }

    /// The cells of every sheet, in order, read from the workbook at `file`; hidden sheets are not read.
    private func cells(file: String, layout: BIFFSheets.Workbook) throws -> [ReadSheet] {
        let workbook = try FreeXL(path: file)
        var sheets: [ReadSheet] = []
        var budget = Self.maximumCells
        for index in 0..<(try workbook.sheetCount()) {
            let name = try workbook.sheetName(index)
            let facts = layout.sheets[name] ?? BIFFSheets.Sheet()
            guard facts.state == "visible" else {
                sheets.append(.hidden(name: name, state: facts.state))
                continue
            }
            let (rows, columns) = try workbook.select(index)
            var sheet = SheetCells(name: name)
            sheet.roundedDisplays = facts.roundedDisplays
            sheet.merges = facts.merges
            sheet.hiddenRows = facts.hiddenRows
            sheet.hiddenColumns = facts.hiddenColumns
            // freexl reads a formula cell as empty: its cached result (or, when the file does not
            // vouch for it, its sum) comes from the FORMULA records.
            let formulas = XLSFormulaCells(facts, name: name, recalculated: layout.recalculated) { row, column in
                guard row >= 1, column >= 1, let value = try? workbook.value(row: row - 1, column: column - 1) else { return nil }
                return Self.cell(value)?.storedValue
            }
            let usedColumns = min(columns, maximumColumns)
            guard rows.multipliedReportingOverflow(by: usedColumns).partialValue <= budget else {
                throw OfficeError.archiveLimit(path: path, reason: "sheet \(name) claims \(rows) × \(columns) cells")
            }
            budget -= rows * usedColumns
            // BIFF keeps no trailing zeros (14373909.00 is the double 14373909) and freexl gives no
            // number format: a column shows its numbers to the most decimals its cells' formats
            // show (BIFFSheets) or any of them has (up to `maximumShownDecimals`), so that a total's
            // printed precision is read as the sheet shows it (an integral total among parts with
            // decimals is not a rounded figure).
            let formats = facts.shownDecimals
            var shown = (0..<usedColumns).map { min(formats[$0 + 1] ?? 0, Self.maximumShownDecimals) }
            for row in 0..<rows {
                for column in 0..<usedColumns {
                    if let number = workbook.double(row: row, column: column), let places = Self.decimals(of: number) {
                        shown[column] = max(shown[column], places)
                    }
                }
            }
            for (key, cell) in formulas.cells {
                let column = key % (BIFFFormula.columns + 1) - 1
                if shown.indices.contains(column), let stored = cell.storedValue, Self.decimals(stored) <= Self.maximumShownDecimals {
                    shown[column] = max(shown[column], Self.decimals(stored))
                }
            }
            for row in 0..<rows {
                for column in 0..<usedColumns {
                    let formula = formulas.cells.isEmpty ? nil : formulas.cells[XLSFormulaCells.key(row: row + 1, column: column + 1)]
                    if var cell = try formula ?? Self.cell(workbook.value(row: row, column: column)) {
                        if let stored = cell.storedValue, Self.decimals(stored) < shown[column] {
                            cell.storedValue = Self.padded(stored, to: shown[column])
                            cell.text = cell.storedValue ?? cell.text
                        }
                        sheet.set(row: row + 1, column: column + 1, cell)
                    }
                }
            }
            sheets.append(.shown(sheet, formulaNote: formulas.note))
        }
        return sheets
    }

    /// Columns are shown to at most this many decimals; a double with more is a computed value
    /// (0.30000000000000004) whose digits say nothing of the column's format.
    static let maximumShownDecimals = 4

    /// Decimals of a double's shortest decimal text when at most `maximumShownDecimals`, else nil;
    /// by arithmetic, without the text: the fewest places d whose d-place value is the same
    /// double (an integer over 10^d divides to the double nearest the decimal, exactly as the text
    /// would read back).
    static func decimals(of number: Double) -> Int? {
        guard number.isFinite else { return nil }
        var scale = 1.0
        for places in 0...maximumShownDecimals {
            let scaled = (number * scale).rounded()
            guard abs(scaled) < 9_007_199_254_740_992 else { return nil }  // 2^53: integers stay exact
            if scaled / scale == number { return places }
            scale *= 10
        }
        return nil
    }

    /// Decimals of a stored number's text.
    static func decimals(_ text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: text.index(after: dot), to: text.endIndex)
    }

    /// `text` with zeros added up to `places` decimals ("205" → "205.00"); the value is unchanged.
    static func padded(_ text: String, to places: Int) -> String {
        let have = decimals(text)
        guard have < places else { return text }
        return text + (have == 0 ? "." : "") + String(repeating: "0", count: places - have)
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
