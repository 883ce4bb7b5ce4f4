import AllotModel
import Foundation

/// The percentages of the body text against the figures they are computed from (`PercentageLinker`):
/// each figure as its table cell prints it when the text's amount agrees with a confirmed cell, and
/// as the text prints it. Every figure is known only to its printed places, so a percentage agrees
/// when some exact amounts the printings allow give it rounded half up; when they give it only cut
/// (99.86 for 99.868), it is a `percentageTruncated` note; when neither the cells nor the text's
/// own figures give it, a `textPercentage` finding with the sentence as its second place. A share
/// whose whole the sentence does not name (其中：B万元，占 P%) counts only when both figures are
/// confirmed cells or another share of the same whole agrees (the text divides by that whole).
struct PercentageCheck {
    /// A figure a percentage is computed from, as one source prints it, in the text's unit.
    struct Operand {
        var value: Decimal
        /// How far the exact amount may lie from `value`.
        var tolerance: Decimal
        /// The cell it is read from; nil for the text's figure.
        var cell: NarrativeLinker.Cell?
        /// The figure as a formula shows it: the text's as printed, a cell's in the text's unit.
        var shown: String
    }

    /// A percentage the figures give: the value from the printed figures, and the range the exact
    /// amounts they may stand for give.
    struct Estimate {
        var value: Decimal
        var low: Decimal
        var high: Decimal
    }

    /// How a printed percentage compares with an estimate.
    enum Verdict: Int, Comparable {
        case differs, truncated, agrees

        static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One percentage, linked and compared.
    struct Outcome {
        var index: Int
        var link: PercentageLink
        var verdict: Verdict
        /// The operands of the source the verdict came from (the cells' when they decide).
        var operands: (Operand, Operand)
        var estimate: Estimate
        /// True when every operand is a confirmed cell.
        var fromCells: Bool
    }

    let figures: [StatedFigure]
    let links: [Int: NarrativeCheck.Link]

    /// The percentages of `figures` that link to two figures, compared.
    func outcomes() -> [Outcome] {
        figures.indices.compactMap { index in
            guard let link = PercentageLinker.link(index, figures) else { return nil }
            return compare(index, link)
        }
    }

    /// The findings and notes: mismatches and cut percentages whose linking the document confirms.
    func findings() -> (findings: [Finding], compared: Int, agreeing: Int) {
        let outcomes = outcomes()
        // Wholes that some share divides into in agreement: the words named the right whole.
        var agreeing: [Int: Set<Int>] = [:]
        for outcome in outcomes where outcome.link.form == .share && outcome.verdict != .differs {
            agreeing[outcome.link.second, default: []].insert(outcome.index)
        }
        var result: [Finding] = []
        var compared = 0
        for outcome in outcomes {
            let shares = agreeing[outcome.link.second] ?? []
            if !outcome.link.namedInSentence, !outcome.fromCells,
               shares.count - (shares.contains(outcome.index) ? 1 : 0) == 0 { continue }
            compared += 1
            switch outcome.verdict {
            case .agrees: continue
            case .truncated: result.append(finding(.percentageTruncated, outcome))
            case .differs: result.append(finding(.textPercentage, outcome))
            }
        }
        return (result, compared, compared - result.filter { $0.check == .textPercentage }.count)
    }

    /// A percentage against its figures from the cells and from the text: the better verdict.
    func compare(_ index: Int, _ link: PercentageLink) -> Outcome? {
        let figure = figures[index]
        let unit = figures[link.first].unit
        guard let textFirst = operand(link.first, cells: false, unit: unit),
              let textSecond = operand(link.second, cells: false, unit: unit),
              let cellFirst = operand(link.first, cells: true, unit: unit),
              let cellSecond = operand(link.second, cells: true, unit: unit) else { return nil }
        let fromCells = cellFirst.cell != nil && cellSecond.cell != nil
        var best: Outcome?
        for operands in [(cellFirst, cellSecond), (textFirst, textSecond)] {
            if operands.0.cell == nil, operands.1.cell == nil, best != nil { continue }
            guard let estimate = Self.estimate(link.form, operands.0, operands.1) else { continue }
            let verdict = Self.verdict(printed: figure.value, decimals: figure.decimals, estimate)
            if best.map({ verdict > $0.verdict }) ?? true {
                best = Outcome(index: index, link: link, verdict: verdict, operands: operands, estimate: estimate,
                               fromCells: fromCells)
            }
        }
        return best
    }

    /// A figure in `unit`, as the text prints it or as its agreeing cell prints it (the text's when it
    /// has none); nil when it cannot be expressed in `unit`.
    func operand(_ index: Int, cells: Bool, unit: String) -> Operand? {
        let figure = figures[index]
        // A text amount that disagrees with the one value its cells carry (a `text_table` finding)
        // still names them: the percentage may follow the cells.
        if cells, let link = links[index], let value = link.value, let cell = link.cells.first {
            guard let converted = PrintedPrecision.convert(value, from: figure.unit, to: unit),
                  let tolerance = PrintedPrecision.convert(link.tolerance, from: figure.unit, to: unit) else { return nil }
            return Operand(value: converted, tolerance: tolerance, cell: cell, shown: "\(converted)")
        }
        // The text may cut instead of rounding: its figure stands for anything within one unit.
        guard let value = PrintedPrecision.convert(figure.value, from: figure.unit, to: unit),
              let tolerance = PrintedPrecision.convert(PrintedPrecision.lastPlace(figure.decimals), from: figure.unit,
                                                       to: unit) else { return nil }
        return Operand(value: value, tolerance: tolerance, cell: nil,
                       shown: figure.unit == unit ? figure.text : "\(value)")
    }

    /// The percentage two figures give, and its range over the amounts they may stand for; nil when
    /// the divisor may be zero or less.
    static func estimate(_ form: PercentageLink.Form, _ first: Operand, _ second: Operand) -> Estimate? {
        let (a, da, b, db) = (first.value, first.tolerance, second.value, second.tolerance)
        let hundred = Decimal(100)
        switch form {
        case .share:
            guard b - db > 0 else { return nil }
            return Estimate(value: a / b * hundred, low: (a - da) / (b + db) * hundred, high: (a + da) / (b - db) * hundred)
        case .growth(let decreasing):
            guard b - db > 0, a - da >= 0 else { return nil }
            let growth = Estimate(value: (a / b - 1) * hundred, low: ((a - da) / (b + db) - 1) * hundred,
                                  high: ((a + da) / (b - db) - 1) * hundred)
            let fell = decreasing ?? (growth.value < 0)
            return fell ? Estimate(value: -growth.value, low: -growth.high, high: -growth.low) : growth
        case .change(let decreasing):
            // Last year was the total less the change (more, when it fell).
            guard b - db >= 0 else { return nil }
            let last = decreasing ? a + b : a - b
            let lastHigh = decreasing ? (a + da) + (b - db) : (a + da) - (b - db)
            let lastLow = decreasing ? (a - da) + (b + db) : (a - da) - (b + db)
            guard lastLow > 0 else { return nil }
            return Estimate(value: b / last * hundred, low: (b - db) / lastHigh * hundred,
                            high: (b + db) / lastLow * hundred)
        }
    }

    /// A printed percentage against an estimate: agrees when an amount in range rounds half up to it,
    /// truncated when one only cuts to it, else differs.
    static func verdict(printed: Decimal, decimals: Int, _ estimate: Estimate) -> Verdict {
        let place = PrintedPrecision.lastPlace(decimals)
        let half = place / 2
        if estimate.low < printed + half, printed - half <= estimate.high { return .agrees }
        if printed >= 0, estimate.low < printed + place, printed <= estimate.high { return .truncated }
        return .differs
    }

    /// The finding or note of an outcome: at the cell of its first figure (or the sentence, when the
    /// text's figures decide), the sentence as the second place.
    func finding(_ check: Check, _ outcome: Outcome) -> Finding {
        let figure = figures[outcome.index]
        let (first, second) = outcome.operands
        let subject = label(first, outcome.link.first)
        let whole = label(second, outcome.link.second)
        let (reason, reasonZH) = kind(outcome.link.form, whole: whole,
                                      completion: NarrativeText.normalize(figure.lead).contains("完成"))
        let shown = PrintedPrecision.round(outcome.estimate.value, figure.decimals)
        let computed = PrintedPrecision.round(outcome.estimate.value, figure.decimals + 2)
        let places = [first, second].compactMap { operand in
            operand.cell.map { (operand.value, $0) }
        }
        let other = places.map { value, cell in
            "; \(value) is table \(cell.table.index) row \(cell.row.number) \(Self.column(cell)?.pathText ?? "") "
                + "(\(cell.amount.text) \(cell.table.unit))"
        }.joined()
        let otherZH = places.map { value, cell in
            "；\(value) 即表 \(cell.table.index) 第 \(cell.row.number) 行 \(Self.column(cell)?.pathText ?? "")"
                + "（\(cell.amount.text) \(cell.table.unit)）"
        }.joined()
        let cell = first.cell
        var finding = Finding(check, table: cell?.table.index ?? 0, row: cell?.row.number ?? 0,
                              page: cell?.row.page ?? figure.page, name: cell?.row.name ?? subject,
                              column: cell.flatMap { Self.column($0)?.name } ?? "",
                              stated: figure.value, computed: computed, [
                                  .subject: subject,
                                  .text: figure.text + "%",
                                  .first: String(figure.page),
                                  .detail: "\(shown)% = " + formula(outcome.link.form, first, second),
                                  .other: other,
                                  .otherZH: otherZH,
                                  .reason: reason,
                                  .reasonZH: reasonZH,
                              ])
        finding.related = FindingLocation(table: 0, page: figure.page, name: subject, value: figure.value,
                                          quote: figure.sentence)
        return finding
    }

    /// The amount column of a linked cell.
    static func column(_ cell: NarrativeLinker.Cell) -> TableColumn? {
        cell.table.amountColumns.indices.contains(cell.column) ? cell.table.amountColumns[cell.column] : nil
    }

    /// How the percentage is computed, with the figures used (a fall as the fall).
    func formula(_ form: PercentageLink.Form, _ first: Operand, _ second: Operand) -> String {
        let (a, b) = (first.shown, second.shown)
        switch form {
        case .share: return "\(a) / \(b)"
        case .growth(let decreasing):
            return decreasing ?? (first.value < second.value) ? "(\(b) − \(a)) / \(b)" : "(\(a) − \(b)) / \(b)"
        case .change(let decreasing): return decreasing ? "\(b) / (\(a) + \(b))" : "\(b) / (\(a) − \(b))"
        }
    }

    /// What kind of percentage it is, in English and Chinese.
    func kind(_ form: PercentageLink.Form, whole: String, completion: Bool) -> (String, String) {
        switch form {
        case .share: completion ? ("completion of \(whole)", "完成\(whole)的比例") : ("share of \(whole)", "占\(whole)的比重")
        case .growth: ("change against \(whole)", "比\(whole)的增减")
        case .change: ("change over the year before", "比上年的增减")
        }
    }

    /// What a figure is: its cell's label, else the text's last words before it (after a heading
    /// run into the sentence: …总体情况, …说明).
    func label(_ operand: Operand, _ index: Int) -> String {
        if let cell = operand.cell { return cell.label }
        var words = Substring(PercentageLinker.trim(PercentageLinker.withoutYears(NarrativeText.normalize(figures[index].lead))))
        while let last = words.last, "为是：:".contains(last) { words = words.dropLast() }
        if let piece = words.split(whereSeparator: { "|，。：；、,）)".contains($0) }).last { words = piece }
        for heading in ["情况", "说明"] {
            if let end = words.range(of: heading, options: .backwards), end.upperBound < words.endIndex {
                words = words[end.upperBound...]
            }
        }
        return words.isEmpty ? PercentageLinker.trim(NarrativeText.normalize(figures[index].lead)) : String(words)
    }
}
