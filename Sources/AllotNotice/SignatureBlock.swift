/// The date of issue (成文日期) and the signature (发文机关署名) right above it.
struct SignatureBlock {
    /// The date, ISO 8601.
    let date: String
    /// The signing agencies, in print order; empty when no signature line stands above the date.
    let agencies: [String]
    /// The signature's lines and the date line.
    let range: Range<Int>

    /// The first date standing alone on a line in `range` and outside `skipped`, preferring one in
    /// the right half of the page (where GB/T 9704 puts it) over dates set in the body.
    static func find(in lines: NoticeLines, within range: Range<Int>,
                     skipping skipped: Range<Int>?) -> SignatureBlock? {
        let start = range.lowerBound
        var dated: [(index: Int, date: String)] = []
        for index in range where !(skipped?.contains(index) ?? false) {
            if let date = IssueDate.find(compact: lines.text(index)) { dated.append((index, date)) }
        }
        guard let chosen = dated.first(where: { lines.side($0.index) != .left }) ?? dated.first else { return nil }
        var top = chosen.index
        while top > start, chosen.index - top < lines.settings.maxSignatureLines,
              isSignatureLine(top - 1, in: lines), !(skipped?.contains(top - 1) ?? false) {
            top -= 1
        }
        let agencies = (top..<chosen.index).flatMap { index in
            lines.line(index).map { AgencyNames.split($0.text) } ?? []
        }
        return SignatureBlock(date: chosen.date, agencies: agencies, range: top..<(chosen.index + 1))
    }

    /// An agency name not in the left half of the page and not another closing element.
    private static func isSignatureLine(_ index: Int, in lines: NoticeLines) -> Bool {
        let text = lines.text(index)
        return AgencyNames.isAgencyLike(text) && lines.side(index) != .left
            && !DocumentWords.startsClosingPart(text) && Colophon.disclosure(text) == nil
            && IssueDate.find(compact: text) == nil && DocNumber.line(compact: text) == nil
    }
}
