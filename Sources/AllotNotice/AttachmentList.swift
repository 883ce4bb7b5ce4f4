import AllotModel

/// The attachment list (附件说明): 附件：title, or 附件：1．title then 2．title on the next lines;
/// wrapped titles are joined.
struct AttachmentList {
    /// The entries, labelled 附件 (a single one) or 附件1, 附件2….
    let entries: [AttachmentEntry]
    /// The lines of the list.
    let range: Range<Int>

    /// The first attachment list at or after line `start`, nil when there is none.
    static func find(in lines: NoticeLines, from start: Int) -> AttachmentList? {
        for index in start..<max(start, lines.count) {
            guard let head = head(lines.display(index)) else { continue }
            if let list = read(from: index, head: String(head), in: lines) { return list }
        }
        return nil
    }

    /// What follows 附件： on a line stating `附件[:：]\s*(.*)` as a whole (by hand, see `Cursor`).
    static func head(_ text: String) -> Substring? {
        var cursor = Cursor(text)
        guard cursor.take(word: "附件"), cursor.take(where: { colons.contains($0.literal) }) else { return nil }
        return cursor.restAfterWhitespace(allowingEmpty: true).map { text[$0] }
    }

    private static let colons = literals(":：")
    private static let numberMarks = literals(".．、")

    /// An entry being read: its number (nil when unnumbered) and the text of its lines.
    struct Draft {
        var number: Int?
        var title: String
        var lineCount = 1
    }

    private static func read(from headIndex: Int, head: String, in lines: NoticeLines) -> AttachmentList? {
        var drafts: [Draft] = head.isEmpty ? [] : [numbered(head) ?? Draft(number: nil, title: head)]
        var index = headIndex + 1
        while index < lines.count, lines.isClose(index - 1, index), !isClosingCue(index, in: lines) {
            let text = lines.display(index)
            if let item = numbered(text), drafts.last?.number != nil || drafts.isEmpty {
                drafts.append(item)
            } else if var last = drafts.last, last.lineCount < lines.settings.maxAttachmentLines,
                      isContinuation(index, in: lines) {
                last.title += text
                last.lineCount += 1
                drafts[drafts.count - 1] = last
            } else {
                break
            }
            index += 1
        }
        let entries = drafts.enumerated().map { position, draft in
            AttachmentEntry(label: label(of: draft, position: position, count: drafts.count),
                            title: trimmed(draft.title))
        }
        return entries.isEmpty ? nil : AttachmentList(entries: entries, range: headIndex..<index)
    }

    /// 1．title, 1.title, 1、title: the whole line matching `(\d{1,2})\s*[.．、]\s*(.+)` (by hand, see
    /// `Cursor`; a longer run of digits cannot match, as no digit is a space or a mark).
    static func numbered(_ text: String) -> Draft? {
        var cursor = Cursor(text)
        guard (1...2).contains(cursor.takeRun(upTo: 3, where: \.isNumber)) else { return nil }
        let digits = text[..<cursor.index]
        cursor.skipWhitespace()
        guard cursor.take(where: { numberMarks.contains($0.literal) }),
              let title = cursor.restAfterWhitespace(allowingEmpty: false), let number = Int(digits) else { return nil }
        return Draft(number: number, title: String(text[title]))
    }

    /// A wrapped title line: not in the right half where the signature stands; when positions are
    /// unknown, not the line right above the date (that is the signature).
    private static func isContinuation(_ index: Int, in lines: NoticeLines) -> Bool {
        switch lines.side(index) {
        case .left: true
        case .right: false
        case nil: IssueDate.find(compact: lines.text(index + 1)) == nil
        }
    }

    /// Lines that end the list: the date, the disclosure note, the 版记, another 附件 line.
    private static func isClosingCue(_ index: Int, in lines: NoticeLines) -> Bool {
        let text = lines.text(index)
        return IssueDate.find(compact: text) != nil || Colophon.disclosure(lines.display(index)) != nil
            || DocumentWords.startsClosingPart(text)
    }

    private static func label(of draft: Draft, position: Int, count: Int) -> String {
        if let number = draft.number { return "附件\(number)" }
        return count == 1 ? "附件" : "附件\(position + 1)"
    }

    private static func trimmed(_ title: String) -> String {
        var title = title
        while let last = title.last, "；;。.，,".contains(last) { title.removeLast() }
        return title
    }
}
