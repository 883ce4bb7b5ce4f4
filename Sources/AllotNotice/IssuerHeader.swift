/// The 发文机关标志: a line ending in 文件, or a stack of agency lines around it (joint issuers).
struct IssuerHeader {
    /// The issuing agencies, in print order, without 文件.
    let agencies: [String]
    /// The lines of the header.
    let range: Range<Int>

    /// The header among the lines before `end`, nil when there is none.
    static func find(in lines: NoticeLines, before end: Int) -> IssuerHeader? {
        let end = min(end, lines.count)
        guard let anchor = (0..<end).first(where: { isHeaderLine(lines.text($0)) }) else { return nil }
        var lower = anchor
        while lower > 0, belongs(lower - 1, to: lower, in: lines) { lower -= 1 }
        var upper = anchor + 1
        while upper < end, belongs(upper, to: upper - 1, in: lines) { upper += 1 }
        let agencies = (lower..<upper).flatMap { index in
            lines.line(index).map { AgencyNames.splitHeader($0.text) } ?? []
        }
        return agencies.isEmpty ? nil : IssuerHeader(agencies: agencies, range: lower..<upper)
    }

    /// 山西省乡村振兴局文件, or 文件 alone when the agencies are stacked beside it.
    private static func isHeaderLine(_ compact: String) -> Bool {
        compact.hasSuffix("文件") && AgencyNames.isAgencyLike(compact)
    }

    /// True when line `index`, next to `neighbour`, is another agency name of the header: agency-like,
    /// in the header's type size and at most `headerLineGap` em away.
    private static func belongs(_ index: Int, to neighbour: Int, in lines: NoticeLines) -> Bool {
        let text = lines.text(index)
        guard AgencyNames.isAgencyLike(text), !DocumentWords.endsTitle(text),
              lines.sameFontSize(index, neighbour) else { return false }
        let gap = lines.gap(min(index, neighbour), max(index, neighbour))
        return gap.map { $0 <= lines.settings.headerLineGap } ?? true
    }
}
