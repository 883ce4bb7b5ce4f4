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
            let text = lines.display(index)
            var used = 1
            if colophon.disclosure.isEmpty, let note = disclosure(text) {
                colophon.disclosure = note
            } else if colophon.copyTo.isEmpty, let list = copyToHead(text) {
                used = copyToLines(at: index, in: lines)
                colophon.copyTo = trimmedList(String(list) + lines.freeText((index + 1)..<(index + used)))
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

    /// The disclosure note a whole line states, without brackets: （此件公开发布）, （此件不予公开）,
    /// （公开方式：主动公开）…; by hand (see `Cursor`), the whole line matching either of
    ///
    ///     [(（]?(此件[^()（）。，,；;]{2,12})[)）]?
    ///     [(（]?((?:信息)?公开(?:方式|属性|选项|类型)[:：][^()（）]{2,8})[)）]?
    static func disclosure(_ text: String) -> String? {
        var cursor = Cursor(text)
        _ = cursor.take(where: { openingBrackets.contains($0.literal) })
        let start = cursor.index
        let body: ClosedRange<Int>
        let excluded: LiteralSet
        if cursor.take(word: "此件") {
            (body, excluded) = (2...12, noteStops)
        } else {
            _ = cursor.take(word: "信息")
            guard cursor.take(word: "公开"), disclosureKinds.contains(where: { cursor.take(word: $0) }),
                  cursor.take(where: { colons.contains($0.literal) }) else { return nil }
            (body, excluded) = (2...8, brackets)
        }
        // The note runs to the end of the line, or to a closing bracket ending it.
        var end = text.endIndex
        if end > cursor.index, let last = text.last, closingBrackets.contains(last.literal) {
            end = text.index(before: end)
        }
        let length = cursor.takeRun(where: { !excluded.contains($0.literal) })
        guard cursor.index == end, body.contains(length) else { return nil }
        return String(text[start..<end])
    }

    /// The list after 抄送： on a line stating `抄送[:：]\s*(.+)` as a whole.
    static func copyToHead(_ text: String) -> Substring? {
        var cursor = Cursor(text)
        guard cursor.take(word: "抄送"), cursor.take(where: { colons.contains($0.literal) }) else { return nil }
        return cursor.restAfterWhitespace(allowingEmpty: false).map { text[$0] }
    }

    private static let openingBrackets = literals("(（")
    private static let closingBrackets = literals(")）")
    private static let brackets = openingBrackets.union(closingBrackets)
    private static let noteStops = brackets.union(literals("。，,；;"))
    private static let colons = literals(":：")
    private static let disclosureKinds = ["方式", "属性", "选项", "类型"]

    /// The print line (印发机关和印发日期), office and date set apart by one space.
    static func printLine(_ text: String) -> String? {
        guard text.hasSuffix("印发"), let date = IssueDate.first(in: text) else { return nil }
        let office = text[..<date.range.lowerBound].filter { !$0.isWhitespace }
        guard text[date.range.upperBound...] == "印发", AgencyNames.isAgencyLike(office) else { return nil }
        return "\(office) \(text[date.range])印发"
    }

    /// How many lines the copy-to list at `index` spans: it wraps until the print line or a gap.
    private static func copyToLines(at index: Int, in lines: NoticeLines) -> Int {
        var next = index + 1
        while next < lines.count, next - index < lines.settings.maxCopyToLines, lines.isClose(next - 1, next) {
            let text = lines.display(next)
            if printLine(text) != nil || disclosure(text) != nil || DocumentWords.startsClosingPart(text)
                || isLabelledNote(lines.text(next)) || lines.display(next - 1).hasSuffix("。") { break }
            next += 1
        }
        return next - index
    }

    /// A line of the 版记 that starts with its own label and a colon (联系人：, 电话：, 主送：):
    /// not a wrapped line of the copy-to list.
    private static func isLabelledNote(_ compact: String) -> Bool {
        ["联系人", "联系电话", "电话", "联系方式", "主送", "抄报"].contains { label in
            compact.hasPrefix(label) && (compact.dropFirst(label.count).first.map { $0 == ":" || $0 == "：" } ?? false)
        }
    }

    private static func trimmedList(_ text: String) -> String {
        var text = text
        while let last = text.last, "。.，,；;".contains(last) { text.removeLast() }
        return text
    }
}
