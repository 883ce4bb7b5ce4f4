import AllotModel

/// Recognizes the lines of a 版记 (and the notes printed with it) wherever they stand: 抄送：…,
/// 主送：…, 联系人：…, 电话：…, …办公室 2023年4月4日印发 and （此件…公开…）. A table ends where
/// its rows end; these lines are never rows, even printed right under the last one.
enum ColophonLine {
    /// Lead words of a labelled colophon line, each followed by a colon.
    static let labels = ["抄送", "抄报", "主送", "联系人", "联系电话", "电话", "联系方式"]
    /// The first scalar of each label, in order.
    private static let labelFirsts = labels.map(\.unicodeScalars.first)

    /// True when the compact (normalized, whitespace-free) line is a colophon line.
    static func matches(_ compact: String) -> Bool {
        let first = compact.unicodeScalars.first
        for (label, labelFirst) in zip(labels, labelFirsts) where first == labelFirst && compact.hasPrefix(label) {
            let rest = compact.dropFirst(label.count)
            if let colon = rest.first, colon == ":" || colon == "：" { return true }
        }
        return isPrintLine(compact) || isDisclosureNote(compact)
    }

    /// …印发 after a date (年 … 月 … 日).
    private static func isPrintLine(_ compact: String) -> Bool {
        guard endsWithPrinted(compact), let year = compact.firstIndex(of: "年") else { return false }
        let afterYear = compact[year...]
        guard let month = afterYear.firstIndex(of: "月") else { return false }
        return compact[month...].contains("日") && compact[..<year].contains { $0.isNumber }
    }

    /// `compact.hasSuffix("印发")`; in plain text (`PlainSearch.isPlain`: each scalar a character
    /// that no other spelling equals) the suffix is one of bytes.
    static func endsWithPrinted(_ compact: String) -> Bool {
        PlainSearch.hasSuffix(compact, "印发")
    }

    /// A bracketed note about publication: （此件公开发布）, （此件不予公开）, （公开方式：主动公开）.
    private static func isDisclosureNote(_ compact: String) -> Bool {
        // A first character ( or （ is that one scalar: any other first scalar answers at once.
        guard let lead = compact.unicodeScalars.first, lead == "(" || lead == "（",
              let first = compact.first, let last = compact.last, first == "(" || first == "（",
              last == ")" || last == "）", compact.count <= 24 else { return false }
        return compact.foundationContains("此件") || compact.foundationContains("公开")
    }
}
