/// A worksheet's FORMULA records as they come (BIFF8): the cell, the 8-byte cached result, the
/// option flags and the tokens; the STRING record after a formula whose result is text; the
/// SHRFMLA records holding the tokens of shared formulas, which a cell names by its ptgExp. The
/// formulas are decoded once the sheet is read (a shared formula's record follows its first cell).
struct FormulaRecords {
    private struct Raw {
        var row: Int
        var column: Int
        var result: BIFFSheets.Result
        var alwaysCalculated: Bool
        var tokens: ArraySlice<UInt8>
    }

    /// A SHRFMLA record: the cells that share it (0-based, inclusive) and its tokens (ptgRefN, ptgAreaN).
    private struct Shared {
        var rows: ClosedRange<Int>
        var columns: ClosedRange<Int>
        var tokens: ArraySlice<UInt8>
    }

    private var raw: [Raw] = []
    private var shared: [Int: Shared] = [:]  // by first row * 256 + first column
    /// The formula whose text result the next STRING record holds.
    private var awaitingString: Int?

    /// A FORMULA body: row, column, XF (2 bytes each), result (8), options (2), reserved (4),
    /// token length (2), tokens.
    mutating func formula(_ body: [UInt8]) {
        awaitingString = nil
        guard body.count >= 22, let row = CompoundFile.u16(body, 0), let column = CompoundFile.u16(body, 2),
              let options = CompoundFile.u16(body, 14), let length = CompoundFile.u16(body, 20) else { return }
        let result: BIFFSheets.Result
        if body[12] == 0xFF, body[13] == 0xFF {
            switch body[6] {
            case 0:
                result = .text("")
                awaitingString = raw.count
            case 1: result = .boolean(body[8] != 0)
            case 2: result = .error(Self.errorText(body[8]))
            default: result = .empty
            }
        } else {
            let bits = (0..<8).reduce(UInt64(0)) { $0 | UInt64(body[6 + $1]) << (8 * UInt64($1)) }
            result = .number(Double(bitPattern: bits))
        }
        let tokens = body[22..<min(body.count, 22 + Int(length))]
        raw.append(Raw(row: Int(row), column: Int(column), result: result, alwaysCalculated: options & 0x0001 != 0,
                       tokens: tokens))
    }

    /// A STRING body: the text result of the formula just read.
    mutating func string(_ body: ArraySlice<UInt8>) {
        guard let index = awaitingString, raw.indices.contains(index) else { return }
        raw[index].result = .text(BIFFRecords.longString(body))
        awaitingString = nil
    }

    /// Any record but FORMULA, STRING and SHRFMLA: a STRING after it belongs to no formula.
    mutating func endString() {
        awaitingString = nil
    }

    /// A SHRFMLA body: first and last row (2 bytes each), first and last column (1 each), a
    /// reserved byte, a use count, the token length (2), the tokens.
    mutating func shared(_ body: [UInt8]) {
        guard body.count >= 10, let firstRow = CompoundFile.u16(body, 0), let lastRow = CompoundFile.u16(body, 2),
              let length = CompoundFile.u16(body, 8), firstRow <= lastRow, body[4] <= body[5] else { return }
        let key = Int(firstRow) * BIFFFormula.columns + Int(body[4])
        shared[key] = Shared(rows: Int(firstRow)...Int(lastRow), columns: Int(body[4])...Int(body[5]),
                             tokens: body[10..<min(body.count, 10 + Int(length))])
    }

    /// The formula cells, 1-based, each decoded (a cell of a shared formula from the shared
    /// tokens, relative to itself; a ptgExp naming no shared formula, as an array formula's
    /// does, is unknown).
    func cells() -> [BIFFSheets.FormulaCell] {
        raw.map { formula in
            var tokens = formula.tokens
            if tokens.first == 0x01 {
                let bytes = Array(tokens)
                if bytes.count >= 5, let row = CompoundFile.u16(bytes, 1), let column = CompoundFile.u16(bytes, 3),
                   column < BIFFFormula.columns, let group = shared[Int(row) * BIFFFormula.columns + Int(column)],
                   group.rows.contains(formula.row), group.columns.contains(formula.column) {
                    tokens = group.tokens
                } else {
                    tokens = []
                }
            }
            let decoded = tokens.isEmpty ? nil : BIFFFormula.decode(tokens, row: formula.row, column: formula.column)
            return BIFFSheets.FormulaCell(row: formula.row + 1, column: formula.column + 1, result: formula.result,
                                          alwaysCalculated: formula.alwaysCalculated, formula: decoded)
        }
    }

    static func errorText(_ code: UInt8) -> String {
        switch code {
        case 0x00: "#NULL!"
        case 0x07: "#DIV/0!"
        case 0x0F: "#VALUE!"
        case 0x17: "#REF!"
        case 0x1D: "#NAME?"
        case 0x24: "#NUM!"
        case 0x2A: "#N/A"
        default: "#ERR\(code)!"
        }
    }
}
