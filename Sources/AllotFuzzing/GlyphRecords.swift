import AllotModel

/// Decodes arbitrary bytes into a document of positioned glyphs, 6 bytes a glyph: x, y (in
/// 3-point steps, so that bytes land on a page), width and font size (quarter points), what the
/// glyph is (an index into a vocabulary of table words, digits and punctuation), and flags (bit 0
/// starts a new page, bit 1 makes the box zero-width, bit 2 rotates the glyph's box).
enum GlyphRecords {
    /// Characters a notice's tables are made of, so that random records form headers and rows.
    static let alphabet = Array("全省合计太原市小计盂县娄烦县阳曲县中央资金省级备注单位：万元其中序号地区0123456789.,-— 　附件１２３（）〔〕号")

    static func document(_ bytes: [UInt8]) -> SourceDocument {
        var pages: [[Glyph]] = [[]]
        var offset = 0
        while offset + 6 <= bytes.count {
            let record = bytes[offset..<offset + 6]
            offset += 6
            let values = record.map(Double.init)
            let flags = record[record.startIndex + 5]
            if flags & 1 == 1, !(pages.last?.isEmpty ?? true) { pages.append([]) }
            let x = values[0] * 3
            let y = values[1] * 3
            let width = flags & 2 == 2 ? 0 : values[2] / 4
            let size = values[3] / 4
            let character = alphabet[Int(record[record.startIndex + 4]) % alphabet.count]
            let box = flags & 4 == 4 ? Box(x0: x, y0: y, x1: x + size, y1: y + width)
                : Box(x0: x, y0: y, x1: x + width, y1: y + size)
            pages[pages.count - 1].append(Glyph(text: String(character), box: box, fontSize: size))
        }
        let texts = pages.enumerated().map { index, glyphs in
            PageText(number: index + 1, width: 800, height: 800, glyphs: glyphs)
        }
        return SourceDocument(path: "fuzz-glyphs", sha256: "0", pages: texts)
    }
}
