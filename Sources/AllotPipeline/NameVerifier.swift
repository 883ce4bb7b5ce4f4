import AllotModel
import AllotNormalize

/// Verifies region names read by OCR against the division catalogue and the table's structure. A
/// county row whose recognized name is no division is retried with the engine's alternative symbols
/// for its characters (and without a stray mark the engine put at its edge): when exactly one
/// division among the combinations is a county of the prefecture the table puts the row under, the
/// name is corrected to it (`ocr_name_corrected`, a note with the old and new reading and the box).
/// Otherwise the name is left as read and its `unknown_region` stays an `ocr_uncertain` doubt.
struct NameVerifier {
    /// Looks names up in context.
    var resolver: DivisionResolver
    /// Characters of one name replaced at the same time, at most.
    var maxChanges = 2
    /// Combinations tried per name, at most (an unlikely name with many doubtful characters stays unread).
    var maxCombinations = 4096

    /// A name read again: where it is in the raw table, the old and new text, for the note.
    struct Correction: Equatable {
        var table: Int
        var row: Int
        var column: Int
        var page: Int
        var old: String
        var new: String
        var box: Box
        var prefecture: String
    }

    /// The corrections of one table's names; `findings` are the table's findings as first read.
    func corrections(_ table: AllocationTable, raw: RawTable, findings: [Finding], pages: [PageText]) -> [Correction] {
        let recognized = Dictionary(pages.filter { $0.source != .textLayer }.map { ($0.number, $0) },
                                    uniquingKeysWith: { first, _ in first })
        guard !recognized.isEmpty, let label = raw.columns.firstIndex(where: { $0.role == .label }) else { return [] }
        let zones = TableColumn.zones(raw.columns, left: -Double.infinity, right: Double.infinity)
        guard label < zones.count else { return [] }
        let unknown = Set(findings.filter { $0.check == .unknownRegion }.map(\.row))
        var result: [Correction] = []
        for row in table.rows where unknown.contains(row.number) && row.level == .item {
            let index = row.number - 1
            guard raw.rows.indices.contains(index), let page = recognized[raw.rows[index].page],
                  let parent = table.rows.first(where: { $0.number == row.parent }),
                  let prefecture = resolver.catalog.division(code: parent.divisionCode), prefecture.level == .prefecture
            else { continue }
            let rawRow = raw.rows[index]
            let glyphs = page.glyphs.filter { glyph in
                !glyph.isSpace && glyph.reading != nil && glyph.box.midY >= rawRow.box.y0 && glyph.box.midY <= rawRow.box.y1
                    && glyph.box.midX >= zones[label].x0 && glyph.box.midX < zones[label].x1
            }.sorted { $0.box.x0 < $1.box.x0 }
            let printed = label < rawRow.cells.count ? rawRow.cells[label] : ""
            let read = glyphs.map(\.text).joined()
            // Only a cell made of exactly these glyphs can be read again from them.
            guard !glyphs.isEmpty, read == printed.filter({ !$0.isWhitespace }) else { continue }
            guard let name = onlyCounty(glyphs, under: prefecture), name != read, let box = glyphs.boundingBox else { continue }
            result.append(Correction(table: table.index, row: row.number, column: label, page: rawRow.page, old: read,
                                     new: name, box: box, prefecture: prefecture.name))
        }
        return result
    }

    /// The one name among the combinations of the glyphs' alternatives that is exactly a county of
    /// `prefecture`; nil when none or several divisions are named.
    func onlyCounty(_ glyphs: [Glyph], under prefecture: Division) -> String? {
        var found: [String: String] = [:]
        for text in combinations(glyphs) {
            if case let .resolved(division, via: .exact) = resolver.resolveCounty(text, prefectureCode: prefecture.code,
                                                                                   provinceCode: nil),
               division.parentCode == prefecture.code {
                found[division.code] = found[division.code] ?? text
            }
            if found.count > 1 { return nil }
        }
        return found.values.first
    }

    /// Readings of the glyphs with up to `maxChanges` of them replaced by one of their
    /// alternatives (an ideograph), or a mark dropped; the reading as printed first.
    func combinations(_ glyphs: [Glyph]) -> [String] {
        let options = glyphs.map { glyph -> [String] in
            var texts = [glyph.text]
            if Self.isMark(glyph.text) { texts.append("") }
            for choice in glyph.reading?.choices ?? [] where choice.text.count == 1 && Self.isIdeograph(choice.text) {
                if !texts.contains(choice.text) { texts.append(choice.text) }
            }
            return texts
        }
        var result: [String] = []
        func walk(_ position: Int, _ prefix: String, _ changes: Int) {
            guard result.count < maxCombinations else { return }
            guard position < options.count else {
                result.append(prefix)
                return
            }
            for (rank, text) in options[position].enumerated() where rank == 0 || changes < maxChanges {
                walk(position + 1, prefix + text, changes + (rank == 0 ? 0 : 1))
            }
        }
        walk(0, "", 0)
        return result
    }

    /// The raw tables with the corrected names in their label cells.
    static func applied(_ corrections: [Correction], to tables: [RawTable]) -> [RawTable] {
        var tables = tables
        for correction in corrections {
            guard let table = tables.firstIndex(where: { $0.index == correction.table }),
                  tables[table].rows.indices.contains(correction.row - 1),
                  tables[table].rows[correction.row - 1].cells.indices.contains(correction.column) else { continue }
            tables[table].rows[correction.row - 1].cells[correction.column] = correction.new
        }
        return tables
    }

    /// The note that reports a correction.
    static func note(_ correction: Correction) -> Finding {
        Finding(.ocrNameCorrected, table: correction.table, row: correction.row, page: correction.page, name: correction.new,
                [.text: correction.old, .detail: correction.new, .subject: correction.prefecture,
                 .reason: OCRVerifier.describe(correction.box)])
    }

    /// Punctuation the engine puts where a line's ink begins or ends.
    static func isMark(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { "“”‘’\"'。，、．.,:：;；·`".unicodeScalars.contains($0) }
    }

    static func isIdeograph(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }
}
