import AllotModel

/// An amount cell of a table that was read by OCR: its glyphs (each with confidence and the
/// engine's alternatives) and where it is printed.
struct RecognizedCell: Sendable {
    /// Row number in the table (1-based) and index into `AllocationRow.amounts`.
    var row: Int
    var column: Int
    var page: Int
    /// The glyphs of the cell, left to right, spaces left out.
    var glyphs: [Glyph]
    /// The cell's text as read again on its own, when that reading replaced the glyphs' (OCRVerifier).
    var reread: String?

    /// Box around the cell's glyphs on the (straightened) page.
    var box: Box { glyphs.boundingBox ?? Box(x0: 0, y0: 0, x1: 0, y1: 0) }
    /// The cell's text as read.
    var text: String { reread ?? glyphs.map(\.text).joined() }
    /// Lowest confidence of a glyph of the cell (100 when there is none).
    var minConfidence: Double { glyphs.compactMap { $0.reading?.confidence }.min() ?? 100 }

    /// The recognized amount cells of a raw table, keyed by row number and amount column: glyphs
    /// of recognized pages inside the row's box and the column's zone.
    static func cells(of raw: RawTable, pages: [PageText]) -> [Key: RecognizedCell] {
        let recognized = Dictionary(pages.filter { $0.source != .textLayer }.map { ($0.number, $0) },
                                    uniquingKeysWith: { first, _ in first })
        guard !recognized.isEmpty else { return [:] }
        let zones = TableColumn.zones(raw.columns, left: -Double.infinity, right: Double.infinity)
        let amountColumns = raw.columns.indices.filter { raw.columns[$0].role == .amount }
        var result: [Key: RecognizedCell] = [:]
        for (index, row) in raw.rows.enumerated() {
            guard let page = recognized[row.page] else { continue }
            let inRow = page.glyphs.filter { glyph in
                !glyph.isSpace && glyph.reading != nil && glyph.box.midY >= row.box.y0 && glyph.box.midY <= row.box.y1
            }
            for (amountIndex, column) in amountColumns.enumerated() where column < zones.count {
                let zone = zones[column]
                let glyphs = inRow.filter { glyph in
                    glyph.box.midX >= zone.x0 && glyph.box.midX < zone.x1 && glyph.text.allSatisfy(Self.isAmountCharacter)
                }.sorted { $0.box.x0 < $1.box.x0 }
                guard !glyphs.isEmpty else { continue }
                result[Key(row: index + 1, column: amountIndex)] = RecognizedCell(
                    row: index + 1, column: amountIndex, page: row.page, glyphs: glyphs)
            }
        }
        return result
    }

    /// Characters an amount is written with (marks the engine adds around it are not part of it).
    static func isAmountCharacter(_ character: Character) -> Bool {
        (character.isASCII && character.isNumber) || ".,-".contains(character)
    }

    /// Row number and amount column.
    struct Key: Hashable, Sendable, Comparable {
        var row: Int
        var column: Int

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.row, lhs.column) < (rhs.row, rhs.column) }
    }
}
