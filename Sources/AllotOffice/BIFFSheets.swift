import AllotModel

/// What freexl does not report of an xls workbook's worksheets, read from the Workbook stream's
/// own records: each sheet's merged ranges (MERGEDCELLS), per column the most decimals the number
/// formats of its number cells show (NUMBER, RK, MULRK, FORMULA cells → their XF record → its
/// FORMAT, built-in or stated), its hidden state (BOUNDSHEET), hidden rows (ROW's fDyZero) and
/// columns (COLINFO), its formulas with their cached results (FORMULA, STRING, SHRFMLA; freexl
/// reads a formula cell as empty) and what says whether those results are current (RECALCID in
/// the globals, UNCALCED and CALCMODE in the sheet). The globals' BOUNDSHEET records name the
/// sheets and where each begins; a sheet's records are read up to its EOF or the next sheet's
/// start, so a stream without EOF or with absurd lengths is read once and ends. By sheet name,
/// 1-based rows and columns, as SheetCells keeps them.
enum BIFFSheets {
    /// The workbook's facts.
    struct Workbook: Equatable {
        var sheets: [String: Sheet] = [:]
        /// A RECALCID record: Excel calculated the workbook when it last saved it (writers that do
        /// not calculate, and WPS, leave it out).
        var recalculated = false
    }

    /// One sheet's facts.
    struct Sheet: Equatable {
        var merges: [CellRange] = []
        /// Column (1-based) → most decimals a number format in it shows.
        var shownDecimals: [Int: Int] = [:]
        /// Number cells (NUMBER, RK, MULRK, a FORMULA's number) whose own format shows fewer
        /// decimals than stored (`NumberStyles.hidesDecimals`, as the xlsx reader counts them).
        var roundedDisplays = 0
        /// "visible", "hidden" or "veryHidden", as xlsx names the states.
        var state = "visible"
        var hiddenRows: Set<Int> = []
        var hiddenColumns: Set<Int> = []
        var formulas: [FormulaCell] = []
        /// An UNCALCED record: the sheet was saved before its formulas were calculated again.
        var uncalculated = false
        /// CALCMODE 0: calculation is manual.
        var manualCalculation = false
    }

    /// A FORMULA record: the cell (1-based), its cached result, whether it is flagged to be
    /// calculated whenever the file is opened (fAlwaysCalc), and its formula when decoded.
    struct FormulaCell: Equatable {
        var row: Int
        var column: Int
        var result: Result
        var alwaysCalculated: Bool
        var formula: BIFFFormula.Decoded?
    }

    /// A formula's cached result.
    enum Result: Equatable {
        case number(Double)
        case text(String)
        case boolean(Bool)
        case error(String)
        case empty
    }

    private static let boundSheet: UInt16 = 0x0085
    private static let mergedCells: UInt16 = 0x00E5
    private static let format: UInt16 = 0x041E
    private static let extendedFormat: UInt16 = 0x00E0
    private static let number: UInt16 = 0x0203
    private static let rk: UInt16 = 0x027E
    private static let multipleRK: UInt16 = 0x00BD
    private static let formula: UInt16 = 0x0006
    private static let string: UInt16 = 0x0207
    private static let sharedFormula: UInt16 = 0x04BC
    private static let array: UInt16 = 0x0221
    private static let table: UInt16 = 0x0236
    private static let row: UInt16 = 0x0208
    private static let columnInfo: UInt16 = 0x007D
    private static let recalcID: UInt16 = 0x01C1
    private static let uncalced: UInt16 = 0x005E
    private static let calcMode: UInt16 = 0x000D

    /// The workbook's sheets by name; none when the file is no compound file or its stream cannot be read.
    static func read(_ bytes: [UInt8]) -> Workbook {
        guard let file = CompoundFile(bytes), let stream = file.stream(named: "Workbook") else { return Workbook() }
        var workbook = Workbook()
        var sheets: [(name: String, start: Int, state: String)] = []
        var formats = NumberStyles.builtInFormats
        var styles: [Int?] = []  // decimals shown by each XF record, in order
        BIFFRecords.walk(stream, from: 0, limit: stream.count) { record in
            let data = Array(record.body)
            switch record.type {
            case boundSheet where data.count >= 8:
                if let start = CompoundFile.u32(data, 0) {
                    let state = ["visible", "hidden", "veryHidden"][min(Int(data[4] & 0x03), 2)]
                    sheets.append((BIFFRecords.shortString(record.body.dropFirst(6)), Int(start), state))
                }
            case format:
                if let id = CompoundFile.u16(data, 0) { formats[Int(id)] = BIFFRecords.longString(record.body.dropFirst(2)) }
            case extendedFormat:
                styles.append(CompoundFile.u16(data, 2).flatMap { formats[Int($0)] }.flatMap(NumberStyles.shownDecimals))
            case recalcID:
                workbook.recalculated = true
            default:
                break
            }
        }
        // A sheet's records end at the next sheet's start: no substream is read twice.
        let starts = Set(sheets.map(\.start)).sorted()
        var read: [Int: Sheet] = [:]
        for (index, start) in starts.enumerated() {
            read[start] = sheet(stream, from: start, limit: index + 1 < starts.count ? starts[index + 1] : stream.count,
                                styles: styles)
        }
        for entry in sheets {
            var sheet = read[entry.start] ?? Sheet()
            sheet.state = entry.state
            workbook.sheets[entry.name] = sheet
        }
        return workbook
    }

    /// A worksheet substream's facts.
    private static func sheet(_ stream: [UInt8], from start: Int, limit: Int, styles: [Int?]) -> Sheet {
        var sheet = Sheet()
        var formulas = FormulaRecords()
        let numberStyles = NumberStyles(decimals: styles)
        func shown(column: UInt16?, style: UInt16?, _ number: Double? = nil) {
            if let style, let number, let stored = XLSReader.cell(.double(number))?.storedValue,
               numberStyles.hidesDecimals(style: Int(style), stored: stored) {
                sheet.roundedDisplays += 1
            }
            guard let column, let style, styles.indices.contains(Int(style)), let places = styles[Int(style)] else { return }
            sheet.shownDecimals[Int(column) + 1] = max(sheet.shownDecimals[Int(column) + 1] ?? 0, places)
        }
        BIFFRecords.walk(stream, from: start, limit: limit) { record in
            let data = Array(record.body)
            switch record.type {
            case mergedCells: sheet.merges += merges(data)
            case number:
                shown(column: CompoundFile.u16(data, 2), style: CompoundFile.u16(data, 4), double(data, at: 6))
            case rk:
                shown(column: CompoundFile.u16(data, 2), style: CompoundFile.u16(data, 4), CompoundFile.u32(data, 6).map(rkNumber))
            case formula:
                // a number result unless its last two bytes are 0xFFFF (text, boolean, error, empty)
                let isNumber = data.count >= 14 && !(data[12] == 0xFF && data[13] == 0xFF)
                shown(column: CompoundFile.u16(data, 2), style: CompoundFile.u16(data, 4), isNumber ? double(data, at: 6) : nil)
                formulas.formula(data)
            case string: formulas.string(record.body)
            case sharedFormula: formulas.shared(data)
            case multipleRK:
                if let first = CompoundFile.u16(data, 2), data.count >= 6 {
                    for index in 0..<((data.count - 6) / 6) {
                        shown(column: first &+ UInt16(truncatingIfNeeded: index), style: CompoundFile.u16(data, 4 + 6 * index),
                              CompoundFile.u32(data, 6 + 6 * index).map(rkNumber))
                    }
                }
            case row:
                // option flags at 12: 0x20 fDyZero, the row is hidden
                if let index = CompoundFile.u16(data, 0), let flags = CompoundFile.u16(data, 12), flags & 0x20 != 0 {
                    sheet.hiddenRows.insert(Int(index) + 1)
                }
            case columnInfo:
                // first and last column, width, style, option flags (0x0001: hidden); BIFF8 has 256
                // columns, and writers state the last as 256 or more: clamped.
                if let first = CompoundFile.u16(data, 0), let last = CompoundFile.u16(data, 2),
                   let flags = CompoundFile.u16(data, 8), flags & 1 != 0, Int(first) < BIFFFormula.columns, first <= last {
                    for column in Int(first)...min(Int(last), BIFFFormula.columns - 1) { sheet.hiddenColumns.insert(column + 1) }
                }
            case uncalced: sheet.uncalculated = true
            case calcMode: sheet.manualCalculation = CompoundFile.u16(data, 0) == 0
            default: break
            }
            // a formula's STRING follows it, after its SHRFMLA, ARRAY or TABLE record if any
            if ![formula, string, sharedFormula, array, table].contains(record.type) { formulas.endString() }
        }
        sheet.formulas = formulas.cells()
        return sheet
    }

    /// The IEEE double stored little-endian at `at`; nil when the body is too short.
    static func double(_ data: [UInt8], at: Int) -> Double? {
        guard at >= 0, at + 8 <= data.count else { return nil }
        return Double(bitPattern: (0..<8).reduce(UInt64(0)) { $0 | UInt64(data[at + $1]) << (8 * UInt64($1)) })
    }

    /// An RK value's number: bit 1 set, a 30-bit signed integer, else the high 30 bits of a double;
    /// bit 0 set, divided by 100.
    static func rkNumber(_ value: UInt32) -> Double {
        let number = value & 0x02 != 0 ? Double(Int32(bitPattern: value) >> 2)
            : Double(bitPattern: UInt64(value & 0xFFFF_FFFC) << 32)
        return value & 0x01 != 0 ? number / 100 : number
    }

    /// A MERGEDCELLS body's ranges, 1-based.
    private static func merges(_ body: [UInt8]) -> [CellRange] {
        // the count the record states, at most the ranges its body holds
        let count = min(Int(CompoundFile.u16(body, 0) ?? 0), max(body.count - 2, 0) / 8)
        return (0..<count).compactMap { index in
            let at = 2 + 8 * index
            guard let firstRow = CompoundFile.u16(body, at), let lastRow = CompoundFile.u16(body, at + 2),
                  let firstColumn = CompoundFile.u16(body, at + 4), let lastColumn = CompoundFile.u16(body, at + 6),
                  firstRow <= lastRow, firstColumn <= lastColumn else { return nil }
            return CellRange(firstRow: Int(firstRow) + 1, firstColumn: Int(firstColumn) + 1,
                             lastRow: Int(lastRow) + 1, lastColumn: Int(lastColumn) + 1)
        }
    }
}
