/// The notes after the signature: disclosure note (附注), copy-to list (抄送) and print line (印发).
struct Colophon {
    /// 此件公开发布, without brackets; empty when absent.
    var disclosure = ""
    /// The copy-to list without 抄送： and the closing 。; empty when absent.
    var copyTo = ""
    /// 山西省乡村振兴局办公室 2022年12月7日印发; empty when absent.
    var printLine = ""
    /// The first line holding any of them, nil when none is present.
    var firstIndex: Int?

    /// The notes at or after line `start`.
    static func find(in lines: NoticeLines, from start: Int) -> Colophon {
        var colophon = Colophon()
        var index = start
        while index < lines.count {
            let text = lines.text(index)
            var used = 1
            if colophon.disclosure.isEmpty, let note = disclosure(text) {
                colophon.disclosure = note
            } else if colophon.copyTo.isEmpty, let match = text.wholeMatch(of: /抄送[:：](.+)/) {
                used = copyToLines(after: index, in: lines)
                let joined = String(match.1) + (index + 1..<index + used).map(lines.text).joined()
                colophon.copyTo = trimmedList(joined)
            } else if colophon.printLine.isEmpty, let line = printLine(text) {
                colophon.printLine = line
            } else {
                index += 1
                continue
            }
            colophon.firstIndex = colophon.firstIndex ?? index
            index += used
        }
        return colophon
    }

    /// The disclosure note a whole line states: （此件公开发布）, （此件不予公开）, （公开方式：主动公开）…
    static func disclosure(_ compact: String) -> String? {
        let match = compact.wholeMatch(of: /\(?(此件[^()。，,；;]{2,12})\)?/)
            ?? compact.wholeMatch(of: /\(?((?:公开方式|公开属性|公开选项|信息公开选项|信息公开属性)[:：][^()]{2,8})\)?/)
        return match.map { String($0.1) }
    }

    /// The print line (印发机关和印发日期): an office, a date, 印发.
    static func printLine(_ compact: String) -> String? {
        guard compact.hasSuffix("印发"), let date = IssueDate.first(in: compact) else { return nil }
        let office = compact[..<date.range.lowerBound]
        guard compact[date.range.upperBound...] == "印发", AgencyNames.isAgencyLike(String(office)) else {
            return nil
        }
        return "\(office) \(compact[date.range])印发"
    }

    /// How many lines the copy-to list at `index` spans: it wraps until the print line or a gap.
    private static func copyToLines(after index: Int, in lines: NoticeLines) -> Int {
        var next = index + 1
        while next < lines.count, next - index < lines.settings.maxCopyToLines, lines.isClose(next - 1, next) {
            let text = lines.text(next)
            if printLine(text) != nil || DocumentWords.startsClosingPart(text) || disclosure(text) != nil { break }
            next += 1
        }
        return next - index
    }

    private static func trimmedList(_ text: String) -> String {
        var text = text
        while let last = text.last, "。.，,；;".contains(last) { text.removeLast() }
        return text
    }
}
