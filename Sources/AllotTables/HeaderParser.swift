import AllotModel
import AllotText

/// Turns a header block (one or more header lines) into leaf columns with roles.
struct HeaderParser {
    var settings: TableSettings

    /// True when the line can start a table header: several short cells, header words, no amounts.
    func isHeaderLine(_ line: TextLine) -> Bool {
        isHeaderLine(shortCells: shortCellTexts(compact: line.compact, mergedTexts: mergedTexts(line)))
    }

    /// `isHeaderLine` on the line's `shortCellTexts`.
    func isHeaderLine(shortCells: [String]?) -> Bool {
        guard let texts = shortCells else { return false }
        // A data row whose amount cell is garbled ("太原市小计 abc") is not a header: its first
        // cell names a region's subtotal or total.
        if let first = texts.first, RowClassifier.classify(first).level != .item,
           RowClassifier.classify(first).region != nil {
            return false
        }
        if texts.contains(where: TableFurniture.isAmount) { return false }
        return settings.vocabulary.isAllocationHeader(texts, columnCount: texts.count)
    }

    /// True when the line has the shape of a header line whatever its words: several short cells,
    /// no amounts, no sentence punctuation. Words are evidence, checked elsewhere; shape alone
    /// admits a header only where the table's structure confirms it (aligned columns, rows below).
    func isHeaderShaped(_ line: TextLine) -> Bool {
        isHeaderShaped(shortCells: shortCellTexts(compact: line.compact, mergedTexts: mergedTexts(line)))
    }

    /// `isHeaderShaped` on the line's `shortCellTexts`.
    func isHeaderShaped(shortCells: [String]?) -> Bool {
        guard let texts = shortCells else { return false }
        guard texts.allSatisfy(Self.isText) else { return false }
        if let first = texts.first, RowClassifier.classify(first).level != .item { return false }
        return true
    }

    /// The texts of a line's merged cells (`mergedTexts`, asked only when needed) when the line
    /// (`compact`: its compact text) is shaped like a header line: short, without sentence
    /// punctuation, two or more cells, none of them long; nil otherwise. The line-wide tests run
    /// first (cheap, and they settle most prose lines), the cells after.
    func shortCellTexts(compact: String, mergedTexts: @autoclosure () -> [String]) -> [String]? {
        guard Self.hasAtMost(settings.maxHeaderLength, characters: compact),
              !Self.hasSentencePunctuation(compact) else { return nil }
        let texts = mergedTexts()
        guard texts.count >= 2, texts.allSatisfy({ Self.hasAtMost(settings.maxHeaderCellLength, characters: $0) })
        else { return nil }
        return texts
    }

    /// The compact texts of the line's merged cells.
    func mergedTexts(_ line: TextLine) -> [String] {
        mergedCells(line).map(\.compact)
    }

    /// True when the text holds a letter or an ideograph: a name or a header word, not an amount or a dash.
    static func isText(_ text: String) -> Bool {
        text.unicodeScalars.contains { CharacterKind.isIdeographic($0) || $0.properties.isAlphabetic }
            && !TableFurniture.isAmount(text)
    }

    /// Punctuation that marks prose, after NFKC (，→, ：→: ；→;).
    static let sentencePunctuation: Set<Character> = [",", ";", ":", "。", "“", "”", "!", "?"]

    /// True for the scalars of `sentencePunctuation` (each of its characters is one scalar).
    static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "。", "“", "”", "!", "?": true
        default: false
        }
    }

    /// True when `text` holds a character of `sentencePunctuation`. Such a character is one of
    /// these scalars, so text without any of them has none, told without forming characters (the
    /// lines asked about are mostly prose or headers, rarely with a mark that joins a scalar);
    /// with one, in plain text (`PlainSearch.isPlain`: each scalar a character of its own) the
    /// scalar is the character; in other text the characters are compared as before.
    static func hasSentencePunctuation(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: isSentencePunctuation) else { return false }
        if PlainSearch.isPlain(text) { return true }
        return text.contains(where: sentencePunctuation.contains)
    }

    /// `text.count <= limit`, counting at most `limit + 1` characters: a character is at least one
    /// UTF-8 byte, so text of at most `limit` bytes is short at once; plain text counts its scalars.
    static func hasAtMost(_ limit: Int, characters text: String) -> Bool {
        guard text.utf8.count > limit else { return true }
        guard limit >= 0 else { return false }
        if let count = PlainSearch.characterCount(of: text) { return count <= limit }
        // nil: fewer than `limit` characters.
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) else { return true }
        return end == text.endIndex
    }

    /// `text.count == 1`, by scalars in plain text (`PlainSearch.characterCount(of:)`).
    static func isOneCharacter(_ text: String) -> Bool {
        (PlainSearch.characterCount(of: text) ?? text.count) == 1
    }

    /// True when a line continues a header block (a sub-header line): every cell is a header word,
    /// so a group heading right under the header (临夏回族自治州) is not taken for one.
    func isHeaderContinuation(_ line: TextLine) -> Bool {
        isHeaderContinuation(compact: line.compact, mergedTexts: mergedTexts(line))
    }

    /// `isHeaderContinuation` on a line's compact text and merged cell texts.
    func isHeaderContinuation(compact: String, mergedTexts texts: [String]) -> Bool {
        guard !texts.isEmpty, Self.hasAtMost(settings.maxHeaderLength, characters: compact) else { return false }
        return texts.allSatisfy { text in
            if TableFurniture.isAmount(text) { return false }
            return Self.hasAtMost(settings.maxHeaderCellLength, characters: text) && settings.vocabulary.isHeaderText(text)
        }
    }

    /// The leaf columns of a header block, left to right, each with its header path.
    func columns(of block: [TextLine]) -> [TableColumn] {
        HeaderPaths(parser: self).columns(of: block)
    }

    func assignRoles(_ leaves: [(cell: TextCell, parent: String?)]) -> [TableColumn] {
        var columns = leaves.map { leaf -> TableColumn in
            let name = TableFurniture.strippingUnit(leaf.cell.compact)
            return TableColumn(name: name, parent: leaf.parent, role: settings.vocabulary.role(of: name),
                               x0: leaf.cell.box.x0, x1: leaf.cell.box.x1)
        }
        // The name column titled with a word outside the vocabulary (实施县, 受援地): the leftmost
        // column whose title names no amount, else the leftmost that may hold amounts.
        if !columns.contains(where: { $0.role == .label }) {
            let words = settings.vocabulary.amountHeaderWords
            let wordless = columns.firstIndex { column in
                column.role == .amount && !words.contains { column.name.contains(scalarsOf: $0) }
            }
            if let label = wordless ?? columns.firstIndex(where: { $0.role == .amount }) {
                columns[label].role = .label
            }
        }
        return columns
    }

    /// Roles confirmed by the rows under the header (`sample`: each row's cells by column): the
    /// name column is the leftmost column holding text beside the amount columns, whatever its
    /// title; a column titled with no known word holds amounts only when amounts stand in it.
    func refineRoles(_ columns: [TableColumn], sample: [[String]]) -> [TableColumn] {
        guard !sample.isEmpty else { return columns }
        var columns = columns
        func count(_ column: Int, _ predicate: (String) -> Bool) -> Int {
            sample.filter { column < $0.count && predicate(NameNormalizer.normalize($0[column])) }.count
        }
        let amounts = columns.indices.map { count($0, TableFurniture.isAmount) }
        let texts = columns.indices.map { count($0, Self.isText) }
        let label = columns.firstIndex { $0.role == .label }
        // A label column that holds amounts and no text is not the name column.
        if let label, amounts[label] > 0, texts[label] == 0 { columns[label].role = .amount }
        if !columns.contains(where: { $0.role == .label }),
           let named = columns.indices.first(where: { texts[$0] > 0 && amounts[$0] == 0 && !columns[$0].isSerial }),
           columns.indices.contains(where: { $0 > named && amounts[$0] > 0 }) {
            columns[named].role = .label
        }
        return columns
    }

    /// True when the leaves of a header block stand over the columns of `columns`, one for one:
    /// the same count, each leaf's centre inside the zone of its column.
    func aligns(_ leaves: [TableColumn], with columns: [TableColumn]) -> Bool {
        guard leaves.count == columns.count, !leaves.isEmpty else { return false }
        let zones = TableColumn.zones(columns, left: -Double.infinity, right: Double.infinity)
        return zip(leaves, zones).allSatisfy { leaf, zone in
            let middle = (leaf.x0 + leaf.x1) / 2
            return middle >= zone.x0 && middle <= zone.x1
        }
    }

    /// Cells of a header line, with letter-spaced words ("备　　注", "市 县 名") merged back:
    /// a run of single-character cells is one word.
    func mergedCells(_ line: TextLine) -> [TextCell] {
        var result: [TextCell] = []
        var run: [TextCell] = []
        func flush() {
            guard let first = run.first else { return }
            let box = run.dropFirst().reduce(first.box) { $0.union($1.box) }
            result.append(TextCell(text: run.map(\.text).joined(), box: box))
            run = []
        }
        for cell in line.cells.flatMap({ splitAtHeaderWords($0, line: line) }) {
            if Self.isOneCharacter(cell.compact) {
                run.append(cell)
            } else {
                flush()
                result.append(cell)
            }
        }
        flush()
        return result
    }

    /// A compact table's header can print two column names with only a narrow gap between them
    /// ("序号 地区", "投资计划 备注"), closer than a cell gap. Split a header cell where a visible gap
    /// separates two parts that each hold a header word; without a gap, "资金合计" stays one name.
    func splitAtHeaderWords(_ cell: TextCell, line: TextLine) -> [TextCell] {
        func inCell(_ index: Int) -> Bool {
            !line.glyphs[index].isSpace && line.glyphs[index].box.midX >= cell.box.x0 && line.glyphs[index].box.midX <= cell.box.x1
        }
        // Most header cells are a word or two: counted up to four before their glyphs are gathered.
        guard line.glyphs.indices.lazy.filter(inCell).prefix(4).count >= 4 else { return [cell] }
        let glyphs = line.glyphs.indices.filter(inCell).map { line.glyphs[$0] }
        func hasWord(_ part: ArraySlice<Glyph>) -> Bool {
            // The part's text from its glyphs' bytes, without a String a glyph.
            var bytes: [UInt8] = []
            for glyph in part { glyph.appendUTF8(to: &bytes) }
            let text = NameNormalizer.normalize(String(decoding: bytes, as: UTF8.self))
            return text.containsAny(scalarsOf: settings.vocabulary.allHeaderWords)
        }
        for split in 2..<(glyphs.count - 1) {
            let gap = glyphs[split].box.x0 - glyphs[split - 1].box.x1
            let em = max(glyphs[split].fontSize, glyphs[split].box.height, 1)
            guard gap >= settings.headerWordGap * em else { continue }
            let left = glyphs[..<split]
            let right = glyphs[split...]
            guard hasWord(left), hasWord(right), let leftBox = left.boundingBox, let rightBox = right.boundingBox else {
                continue
            }
            let leftCell = TextCell(text: left.map(\.text).joined(), box: leftBox)
            let rightCell = TextCell(text: right.map(\.text).joined(), box: rightBox)
            return [leftCell] + splitAtHeaderWords(rightCell, line: line)
        }
        return [cell]
    }

}
