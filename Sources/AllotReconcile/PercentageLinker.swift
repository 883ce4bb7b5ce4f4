import AllotModel
import Foundation

/// What a percentage of the body text is computed from, as the sentence's own words single it out.
public struct PercentageLink: Hashable, Sendable {
    /// How the percentage follows from its two figures.
    public enum Form: Hashable, Sendable {
        /// first / second: a share (…B万元，占 P%) or a completion (完成年初预算的 P%).
        case share
        /// first / second − 1: this year against a base the sentence names (…执行数为 A万元，…预算安排
        /// B万元，比…执行数增加 P%); `decreasing` when the words say it fell (the printed figure is then
        /// the fall), nil when they say both or neither.
        case growth(decreasing: Bool?)
        /// second / (first ∓ second): a total and its change since last year (A万元，比上年增加 B万元，
        /// 增长 P%: last year is A − B).
        case change(decreasing: Bool)
    }

    /// The form.
    public var form: Form
    /// Figure index of the numerator, this year's figure or the total.
    public var first: Int
    /// Figure index of the denominator, the base or the change.
    public var second: Int
    /// True when the words alone single out both figures: a growth, or a share of an amount the
    /// sentence itself names (年初预算为 A万元，支出决算为 B万元，完成年初预算的 P%); a share of the
    /// sentence's first amount, or of an amount named in an earlier sentence, is not.
    public var namedInSentence: Bool
}

/// Links a percentage of the body text to its two figures, from the sentence's words only: a share
/// takes the amount just before it over the amount 占/完成 names (the nearest earlier amount whose
/// words end with the name) or, unnamed, the sentence's first amount; a growth 比 X 增加 P% takes the
/// amount just before it over the one amount of the sentence whose words name X; a 增长 P% after a
/// change (比上年增加 B万元) takes the change over the total it changed (the amount before it in the
/// sentence, or the nearest earlier amount whose words end with the subject the change names). A
/// percentage whose figures the words do not single out links to nothing.
enum PercentageLinker {
    static let increases = ["增加", "增长", "上升", "提高"]
    static let decreases = ["减少", "下降", "降低"]
    static var changes: [String] { increases + decreases }
    /// Words that put a comparison in a lead.
    static let comparisons: [Character] = ["比", "较"]
    /// How many figures back a named whole is looked for (a few sections of an explanation), so the
    /// search stays linear in the figures of a body.
    static let window = 64
    /// Punctuation and marks trimmed from the ends of a name.
    static let trimmed: Set<Character> = ["|", "，", "。", "：", ":", "；", ";", "、", ",", "（", "）", "(", ")", "的"]

    /// The link of the percentage at `index`, nil when its figures are not singled out.
    static func link(_ index: Int, _ figures: [StatedFigure]) -> PercentageLink? {
        guard figures.indices.contains(index), figures[index].kind == .percent, index > 0 else { return nil }
        let lead = NarrativeText.normalize(figures[index].lead)
        let hasChange = changes.contains(where: lead.contains)
        if !hasChange, let name = shareName(lead) { return share(index, figures, name: name) }
        guard hasChange else { return nil }
        if lead.contains(where: comparisons.contains) { return growth(index, figures, lead: lead) }
        return change(index, figures, lead: lead)
    }

    /// The denominator's name after 占 or 完成 (empty when unnamed), nil when the lead has neither.
    static func shareName(_ lead: String) -> String? {
        let marks = ["占", "完成"].compactMap { lead.range(of: $0, options: .backwards) }
        guard let mark = marks.max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let completion = lead[mark] == "完成"
        let name = trim(String(lead[mark.upperBound...]))
        // 完成 names what it completes; 占 without a name is a share of the sentence's first amount.
        return completion && name.isEmpty ? nil : name
    }

    /// A share: the amount just before over the named amount, or the sentence's first amount.
    static func share(_ index: Int, _ figures: [StatedFigure], name: String) -> PercentageLink? {
        let numerator = index - 1
        guard isPlainAmount(numerator, of: index, figures) else { return nil }
        let sentence = figures[index].sentenceNumber
        if name.isEmpty {
            guard let first = figures.indices.first(where: { figures[$0].sentenceNumber == sentence
                && figures[$0].kind == .amount }), first != numerator else { return nil }
            // A first amount that has a share of its own is a part too: the whole is not printed here.
            if figures.indices.contains(first + 1), figures[first + 1].kind == .percent,
               shareName(NarrativeText.normalize(figures[first + 1].lead)) != nil { return nil }
            return PercentageLink(form: .share, first: numerator, second: first, namedInSentence: false)
        }
        guard let denominator = nearest(figures, before: numerator, where: { figures[$0].kind == .amount
            && !mentionsChange(figures[$0]) && endsWith(figures[$0].lead, name) }) else { return nil }
        return PercentageLink(form: .share, first: numerator, second: denominator,
                              namedInSentence: figures[denominator].sentenceNumber == sentence)
    }

    /// A growth against a named base: 比 X 增加 P% after this year's amount, X named by one earlier
    /// amount of the sentence.
    static func growth(_ index: Int, _ figures: [StatedFigure], lead: String) -> PercentageLink? {
        guard let comparison = lead.lastIndex(where: comparisons.contains) else { return nil }
        let after = String(lead[lead.index(after: comparison)...])
        guard let word = changes.compactMap({ after.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let base = trim(withoutYears(String(after[..<word.lowerBound])))
        let current = index - 1
        guard base.count >= 2, isPlainAmount(current, of: index, figures) else { return nil }
        let sentence = figures[index].sentenceNumber
        let earlier = (0..<current).reversed().prefix { figures[$0].sentenceNumber == sentence }
        let named = earlier.filter { figures[$0].kind == .amount
            && withoutYears(NarrativeText.normalize(figures[$0].lead)).contains(base) }
        guard named.count == 1, let found = named.first else { return nil }
        let rest = String(after[word.lowerBound...])
        let up = increases.contains(where: rest.contains)
        let down = decreases.contains(where: rest.contains)
        return PercentageLink(form: .growth(decreasing: up == down ? nil : down), first: current, second: found,
                              namedInSentence: true)
    }

    /// A growth after a change: 比上年增加 B万元，增长 P%, against the total B changed.
    static func change(_ index: Int, _ figures: [StatedFigure], lead: String) -> PercentageLink? {
        var rest = lead
        for word in changes { rest = rest.replacingOccurrences(of: word, with: "") }
        let changed = index - 1
        guard trim(rest).isEmpty, figures[changed].kind == .amount,
              figures[changed].sentenceNumber == figures[index].sentenceNumber else { return nil }
        let changeLead = NarrativeText.normalize(figures[changed].lead)
        guard let word = changes.compactMap({ changeLead.range(of: $0, options: .backwards) })
            .max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let decreasing = decreases.contains(String(changeLead[word]))
        let subject = self.subject(String(changeLead[..<word.lowerBound]))
        let sentence = figures[index].sentenceNumber
        let total: Int?
        if subject.isEmpty {
            let before = changed - 1
            total = before >= 0 && figures[before].sentenceNumber == sentence && figures[before].kind == .amount
                && !mentionsChange(figures[before]) ? before : nil
        } else {
            // In this sentence or the one before.
            total = nearest(figures, before: changed, within: sentence - 1) { figures[$0].kind == .amount
                && !mentionsChange(figures[$0]) && endsWith(figures[$0].lead, subject) }
        }
        guard let total else { return nil }
        return PercentageLink(form: .change(decreasing: decreasing), first: total, second: changed,
                              namedInSentence: true)
    }

    /// The nearest figure before `index` (at most `window` back, none of a sentence before `within`)
    /// for which `test` holds.
    static func nearest(_ figures: [StatedFigure], before index: Int, within sentence: Int = .min,
                        where test: (Int) -> Bool) -> Int? {
        (max(0, index - window)..<max(0, index)).reversed().lazy
            .prefix { figures[$0].sentenceNumber >= sentence }
            .first(where: test)
    }

    /// What a change's words say changed: the words before 比/较 (与…相比 dropped), without years.
    static func subject(_ words: String) -> String {
        var text = words
        if let compared = text.range(of: "相比", options: .backwards) { text = String(text[compared.upperBound...]) }
        if let comparison = text.lastIndex(where: comparisons.contains) { text = String(text[..<comparison]) }
        return trim(withoutYears(text))
    }

    /// True when the figure at `index` is an amount of the same sentence as the percentage, stated as
    /// a level, not a change.
    static func isPlainAmount(_ index: Int, of percentage: Int, _ figures: [StatedFigure]) -> Bool {
        figures.indices.contains(index) && figures[index].kind == .amount
            && figures[index].sentenceNumber == figures[percentage].sentenceNumber && !mentionsChange(figures[index])
    }

    /// True when a figure's own words make it a change (比上年增加 B万元).
    static func mentionsChange(_ figure: StatedFigure) -> Bool {
        let lead = NarrativeText.normalize(figure.lead)
        return changes.contains(where: lead.contains) || lead.contains(where: comparisons.contains)
    }

    /// True when a figure's words, fillers stripped (为, 预算安排 …), end with `name`: a name of four
    /// characters or more anywhere, a shorter one at a word boundary.
    static func endsWith(_ lead: String, _ name: String) -> Bool {
        NarrativeText.stages(withoutYears(NarrativeText.normalize(lead))).contains { stage in
            let words = trim(stage)
            return name.count >= 4 ? words.hasSuffix(name) : NarrativeText.endsWithLabel(words, name)
        }
    }

    /// The text without years (2025年, 2023年度).
    static func withoutYears(_ text: String) -> String {
        let characters = Array(text)
        var kept: [Character] = []
        var index = 0
        while index < characters.count {
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            if end - index == 4, end < characters.count, characters[end] == "年" {
                index = end + 1
                if index < characters.count, characters[index] == "度" { index += 1 }
                continue
            }
            kept.append(characters[index])
            index += 1
        }
        return String(kept)
    }

    /// The text without marks and punctuation at either end.
    static func trim(_ text: String) -> String {
        String(text.drop { trimmed.contains($0) }.reversed().drop { trimmed.contains($0) }.reversed())
    }
}
