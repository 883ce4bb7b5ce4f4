import AllotModel

/// A BIFF8 formula's tokens (rgce, in reverse Polish order) as the formula text an xlsx cell
/// stores (`SUM(C5:C12)`, `C5+C6`, `$B$4*2`), so the spreadsheet formula checks read an xls
/// formula exactly as an xlsx one. Decoded: references and ranges (ptgRef, ptgArea, and ptgRefN,
/// ptgAreaN relative to the cell, as shared formulas hold them), numbers (ptgInt, ptgNum), strings,
/// booleans, errors, the arithmetic, text and comparison operators, parentheses (ptgParen: the
/// user's own), ptgAttr's single-argument SUM (tAttrSum) and its hints (spaces, volatility, the
/// jumps of IF), and the functions of `functions`. Any other token (a name, another sheet, an
/// array, a function not listed) makes the whole formula unknown (nil): never guessed. Bounded:
/// every read is checked, the text and the cells a sum names are capped.
enum BIFFFormula {
    /// A decoded formula: its text, and the ranges of cells it adds up (1-based, a reference as a
    /// range of one cell) when it is a plain sum: a reference, SUM over references and ranges, or
    /// such terms joined by + (FormulaReader's grammar), naming at most `maximumSumCells` cells.
    struct Decoded: Equatable {
        var text: String
        var sumRanges: [CellRange]?
    }

    /// Longer formula text is not decoded (BIFF8 allows 1,024 characters).
    static let maximumText = 2_048
    /// A plain sum naming more cells than this is decoded as text only (FormulaReader's limit).
    static let maximumSumCells = 100_000
    /// BIFF8 sheets: 65,536 rows and 256 columns.
    static let rows = 65_536
    static let columns = 256

    /// Function index (the Ftab of the file format) → name and fixed argument count (nil: the count
    /// is given by ptgFuncVar). ptgFunc names only functions of a fixed count: a SUM stored as
    /// ptgFunc (which Excel never writes; one argument is tAttrSum) is unknown, not guessed.
    static let functions: [Int: (name: String, arguments: Int?)] = [
        0: ("COUNT", nil), 1: ("IF", nil), 4: ("SUM", nil), 5: ("AVERAGE", nil), 6: ("MIN", nil), 7: ("MAX", nil),
        24: ("ABS", 1), 25: ("INT", 1), 27: ("ROUND", 2),
    ]

    /// The formula of a cell at (`row`, `column`), 0-based (the base of relative references); nil
    /// when a token is unknown or the tokens do not make one formula.
    static func decode(_ rgce: ArraySlice<UInt8>, row: Int, column: Int) -> Decoded? {
        var reader = TokenReader(bytes: Array(rgce), row: row, column: column)
        return reader.formula()
    }

    /// What the stack holds: an operand's text and, for the terms of a plain sum, the ranges it
    /// names and their cell count.
    fileprivate struct Operand {
        enum Kind { case reference, area, sum, addition, other }
        var text: String
        var kind: Kind
        var ranges: [CellRange]? = nil
        var cellCount = 0
    }

    fileprivate struct TokenReader {
        let bytes: [UInt8]
        let row: Int
        let column: Int
        var at = 0
        var stack: [Operand] = []

        init(bytes: [UInt8], row: Int, column: Int) {
            self.bytes = bytes
            self.row = row
            self.column = column
        }

        mutating func formula() -> Decoded? {
            while at < bytes.count {
                guard step(), stack.last.map({ $0.text.utf8.count <= maximumText }) ?? true else { return nil }
            }
            guard stack.count == 1, let result = stack.first else { return nil }
            let plain = [.reference, .sum, .addition].contains(result.kind)
            return Decoded(text: result.text, sumRanges: plain ? result.ranges : nil)
        }

        private func u8(_ offset: Int) -> Int? {
            bytes.indices.contains(offset) ? Int(bytes[offset]) : nil
        }

        private func u16(_ offset: Int) -> Int? {
            CompoundFile.u16(bytes, offset).map(Int.init)
        }

        /// Reads one token at `at`; false when it is unknown or malformed.
        private mutating func step() -> Bool {
            guard let token = u8(at) else { return false }
            at += 1
            // Operand and function tokens come in three classes (reference, value, array): 0x20,
            // 0x40 and 0x60 added to the same base.
            let base = token >= 0x20 ? (token & 0x1F) | 0x20 : token
            switch base {
            case 0x03...0x11: return binary(token)
            case 0x12: return unary { "+" + $0 }
            case 0x13: return unary { "-" + $0 }
            case 0x14: return unary { $0 + "%" }
            case 0x15: return unary { "(" + $0 + ")" }
            case 0x16: return push(Operand(text: "", kind: .other))
            case 0x17: return string()
            case 0x19: return attribute()
            case 0x1C:
                guard let code = u8(at) else { return false }
                at += 1
                return push(Operand(text: FormulaRecords.errorText(UInt8(truncatingIfNeeded: code)), kind: .other))
            case 0x1D:
                guard let value = u8(at) else { return false }
                at += 1
                return push(Operand(text: value == 0 ? "FALSE" : "TRUE", kind: .other))
            case 0x1E:
                guard let value = u16(at) else { return false }
                at += 2
                return push(Operand(text: String(value), kind: .other))
            case 0x1F:
                guard at + 8 <= bytes.count else { return false }
                let bits = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
                at += 8
                guard let text = BIFFFormula.numberText(Double(bitPattern: bits)) else { return false }
                return push(Operand(text: text, kind: .other))
            case 0x21:
                guard let index = u16(at) else { return false }
                at += 2
                guard let function = functions[index], let count = function.arguments else { return false }
                return call(function.name, arguments: count)
            case 0x22:
                guard let count = u8(at), let index = u16(at + 1) else { return false }
                at += 3
                // bit 15 of the index: a macro command, not a function
                guard index & 0x8000 == 0, let function = functions[index], function.arguments == nil else { return false }
                return call(function.name, arguments: count & 0x7F)
            case 0x24, 0x2C:
                guard let rowField = u16(at), let columnField = u16(at + 2) else { return false }
                at += 4
                guard let cell = place(rowField, columnField, relative: base == 0x2C) else { return false }
                let range = CellRange(firstRow: cell.row, firstColumn: cell.column, lastRow: cell.row, lastColumn: cell.column)
                return push(Operand(text: cell.text, kind: .reference, ranges: [range], cellCount: 1))
            case 0x25, 0x2D:
                guard let firstRow = u16(at), let lastRow = u16(at + 2), let firstColumn = u16(at + 4),
                      let lastColumn = u16(at + 6) else { return false }
                at += 8
                guard let first = place(firstRow, firstColumn, relative: base == 0x2D),
                      let last = place(lastRow, lastColumn, relative: base == 0x2D) else { return false }
                return push(area(first, last))
            default:
                return false
            }
        }

        private mutating func push(_ operand: Operand) -> Bool {
            stack.append(operand)
            return true
        }

        private mutating func unary(_ form: (String) -> String) -> Bool {
            guard var operand = stack.popLast() else { return false }
            operand.text = form(operand.text)
            operand.kind = .other
            operand.ranges = nil
            return push(operand)
        }

        private static let operators: [Int: String] = [
            0x03: "+", 0x04: "-", 0x05: "*", 0x06: "/", 0x07: "^", 0x08: "&", 0x09: "<", 0x0A: "<=", 0x0B: "=",
            0x0C: ">=", 0x0D: ">", 0x0E: "<>", 0x0F: " ", 0x10: ",", 0x11: ":",
        ]

        private mutating func binary(_ token: Int) -> Bool {
            guard let symbol = Self.operators[token], let right = stack.popLast(), var left = stack.popLast() else {
                return false
            }
            // the intersection, union and range operators name cells a sum would read differently
            guard token < 0x0F else { return false }
            let terms: [Operand.Kind] = [.reference, .sum, .addition]
            let adds = token == 0x03 && terms.contains(left.kind) && terms.contains(right.kind)
            left.text += symbol
            left.text += right.text
            if adds, left.ranges != nil, let more = right.ranges, left.cellCount + right.cellCount <= maximumSumCells {
                left.ranges?.append(contentsOf: more)
                left.cellCount += right.cellCount
                left.kind = .addition
            } else {
                left.ranges = nil
                left.kind = .other
            }
            return push(left)
        }

        private mutating func call(_ name: String, arguments count: Int) -> Bool {
            guard count <= stack.count else { return false }
            let arguments = stack.suffix(count)
            stack.removeLast(count)
            var text = name + "("
            var ranges: [CellRange]? = name == "SUM" && count > 0 ? [] : nil
            var cellCount = 0
            for (index, argument) in arguments.enumerated() {
                if index > 0 { text += "," }
                text += argument.text
                guard text.utf8.count <= maximumText else { return false }
                if [.reference, .area].contains(argument.kind), let named = argument.ranges,
                   cellCount + argument.cellCount <= maximumSumCells {
                    ranges?.append(contentsOf: named)
                    cellCount += argument.cellCount
                } else {
                    ranges = nil
                }
            }
            text += ")"
            return push(Operand(text: text, kind: ranges == nil ? .other : .sum, ranges: ranges, cellCount: cellCount))
        }

        /// ptgAttr: a SUM of one argument (tAttrSum), or a hint that changes nothing the formula
        /// computes (spaces, volatility, IF's jumps); CHOOSE's jump table and the rest are unknown.
        private mutating func attribute() -> Bool {
            guard let flags = u8(at), u16(at + 1) != nil else { return false }
            at += 3
            switch flags {
            case 0x10: return call("SUM", arguments: 1)
            case 0x01, 0x02, 0x08, 0x40, 0x41: return true
            default: return false
            }
        }

        /// ptgStr: a short string, quoted as a formula writes it.
        private mutating func string() -> Bool {
            guard let count = u8(at), let flags = u8(at + 1) else { return false }
            let wide = flags & 1 == 1
            let length = wide ? 2 * count : count
            guard at + 2 + length <= bytes.count else { return false }
            let text = BIFFRecords.characters(Array(bytes[(at + 2)..<(at + 2 + length)]), count: count, wide: wide)
            at += 2 + length
            return push(Operand(text: "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"", kind: .other))
        }

        /// A reference's cell and text (A1, with $ before what is absolute). ptgRefN and ptgAreaN
        /// (`relative`) hold offsets from the formula's cell where the flags say relative: the
        /// row a signed 16-bit offset, the column a signed 8-bit one, both wrapping around the sheet.
        private func place(_ rowField: Int, _ columnField: Int, relative: Bool) -> (row: Int, column: Int, text: String)? {
            let rowRelative = columnField & 0x8000 != 0
            let columnRelative = columnField & 0x4000 != 0
            var row = rowField
            var column = columnField & 0x3FFF
            if relative && rowRelative {
                row = ((self.row + Int(Int16(truncatingIfNeeded: rowField))) % rows + rows) % rows
            }
            if relative && columnRelative {
                column = ((self.column + Int(Int8(truncatingIfNeeded: columnField & 0xFF))) % columns + columns) % columns
            }
            guard row < rows, column < columns else { return nil }
            let name = CellReference.name(row: row + 1, column: column + 1)
            let letters = name.prefix { $0.isLetter }
            let text = (columnRelative ? "" : "$") + letters + (rowRelative ? "" : "$") + String(row + 1)
            return (row + 1, column + 1, text)
        }

        /// A range's operand; a sum may name it when it holds at most `maximumSumCells` cells.
        private func area(_ first: (row: Int, column: Int, text: String), _ last: (row: Int, column: Int, text: String))
            -> Operand {
            let range = CellRange(firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
                                  lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
            let count = min(range.area ?? Int.max, maximumSumCells + 1)
            return Operand(text: first.text + ":" + last.text, kind: .area,
                           ranges: count <= maximumSumCells ? [range] : nil, cellCount: count)
        }
    }

    /// A double as the xls reader gives a stored number: its shortest decimal text, exactly as
    /// `XLSReader.cell` turns NUMBER and RK values into text; nil when not finite.
    static func numberText(_ number: Double) -> String? {
        XLSReader.cell(.double(number))?.storedValue
    }
}
