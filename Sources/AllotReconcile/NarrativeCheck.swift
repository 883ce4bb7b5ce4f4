import AllotModel
import Foundation

/// 文表一致: the body text restates table figures ("行政运行 1,623.18万元", "基本支出 5377.64 万元，占
/// 55.10%"). Each stated amount is linked to the cells its words name (`NarrativeLinker`; a figure of
/// a numbered item whose words only say "this year's amount" restates the item's topic), converted to
/// the text's unit and compared at the text's precision. When some linked cell agrees, or the text
/// is within one unit of its last place (rounded or cut), the text agrees; when every linked cell
/// carries one other value, it is a `text_table` finding; cells that disagree among themselves link
/// nothing. Figures of another period or changes (上年, 执行数, 比…增加) restate no cell. Percentages
/// (shares, completions, growth) are checked against the figures they are computed from, cells or
/// text (`PercentageCheck`).
public enum NarrativeCheck {
    /// What one amount figure linked to.
    struct Link {
        var cells: [NarrativeLinker.Cell]
        /// The cell it agrees with, or the one cell value all linked cells carry.
        var value: Decimal?
        var agrees: Bool
        /// How far the exact amount may lie from `value`: half a unit of the cell's last printed place.
        var tolerance: Decimal = 0
    }

    /// How the body figures of a notice came out: what was compared, not only what failed.
    public struct Tally: Sendable, Hashable {
        /// Amounts linked to cells.
        public var linked = 0
        /// Linked amounts that agree with a cell (rounded or cut to the text's precision).
        public var agreeing = 0
        /// Percentages linked to their two figures and compared (`PercentageCheck`).
        public var percentages = 0
        /// Compared percentages that agree (rounded, or cut: a note).
        public var percentagesAgreeing = 0
        /// The `text_table` and `text_percentage` findings and `percentage_truncated` notes.
        public var findings: [Finding] = []
    }

    /// The `text_table` findings of a notice: its body figures against its tables.
    public static func findings(_ figures: [StatedFigure], tables: [AllocationTable], findings: [Finding]) -> [Finding] {
        tally(figures, tables: tables, findings: findings).findings
    }

    /// The body figures against the tables, with how many were linked and agree.
    public static func tally(_ figures: [StatedFigure], tables: [AllocationTable], findings: [Finding]) -> Tally {
        tally(figures, confirmed: ConfirmedTables(tables, findings: findings))
    }

    /// `tally` against tables whose confirmation is already worked out.
    static func tally(_ figures: [StatedFigure], confirmed: ConfirmedTables) -> Tally {
        var tally = Tally()
        // The linker indexes every row of every confirmed table (about 270 bytes a row): made only
        // when a figure of the text may link to one.
        let linking = !confirmed.tables.isEmpty && figures.contains { $0.kind == .amount }
        let linker = linking ? NarrativeLinker(confirmed) : nil
        var result: [Finding] = []
        var links: [Int: Link] = [:]
        var topics: [Int: [NarrativeLinker.Cell]] = [:]
        // Without a confirmed table nothing links; percentages are still checked against the text's figures.
        for (index, figure) in figures.enumerated() where figure.kind == .amount && !confirmed.tables.isEmpty {
            let scope = FundScope.named(in: figure.head) ?? FundScope.named(in: figure.item)
                ?? FundScope.named(in: figure.section)
            var cells = linker?.cells(lead: figure.lead, context: figure.item + figure.head, scope: scope) ?? []
            if let label = cells.first?.label {
                let rest = NarrativeText.normalize(figure.lead).replacingOccurrences(of: label, with: "")
                if NarrativeText.otherPeriod.contains(where: rest.contains) { continue }
                if figure.itemNumber >= 0, topics[figure.itemNumber] == nil { topics[figure.itemNumber] = cells }
            } else if figure.itemNumber >= 0, NarrativeText.onlyFillers(NarrativeText.normalize(figure.lead)),
                      !NarrativeText.otherPeriod.contains(where: NarrativeText.normalize(figure.lead).contains) {
                if topics[figure.itemNumber] == nil {
                    topics[figure.itemNumber] = linker?.cells(lead: figure.item.trimmingCharacters(in: ["。"]),
                                                              context: "", scope: scope) ?? []
                }
                cells = topics[figure.itemNumber] ?? []
            }
            guard !cells.isEmpty else { continue }
            let (link, finding) = compare(figure, sided(cells, words: figure.lead + figure.item))
            links[index] = link
            tally.linked += 1
            if link.agrees { tally.agreeing += 1 }
            if let finding { result.append(finding) }
        }
        let percentages = PercentageCheck(figures: figures, links: links).findings()
        tally.percentages = percentages.compared
        tally.percentagesAgreeing = percentages.agreeing
        tally.findings = result + percentages.findings
        return tally
    }

    /// The cells of the tables on the sentence's side first: income when its words (the matched label
    /// aside) say 收入, spending otherwise (a functional classification is a classification of
    /// spending: 其他司法支出 restates the 支出 tables before the 收入预算总表 that lists it by function).
    /// A cell the text agrees with is looked for in this order, and a disagreement names the first.
    static func sided(_ cells: [NarrativeLinker.Cell], words: String) -> [NarrativeLinker.Cell] {
        let label = cells.first?.label ?? ""
        let income = NarrativeText.normalize(words).replacingOccurrences(of: label, with: "").contains("收入")
        func rank(_ cell: NarrativeLinker.Cell) -> Int {
            guard let meaning = ColumnMeaning(cell.table, column: cell.column) else { return 1 }
            return meaning.spending != income ? 0 : 2
        }
        return cells.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// A figure against its linked cells.
    static func compare(_ figure: StatedFigure, _ cells: [NarrativeLinker.Cell]) -> (Link, Finding?) {
        var values: [Decimal] = []
        for cell in cells {
            guard let value = PrintedPrecision.convert(cell.amount.value, from: cell.table.unit, to: figure.unit) else {
                continue
            }
            switch PrintedPrecision.compare(printed: figure.value, decimals: figure.decimals, exact: value) {
            case .agrees, .withinRounding:
                let place = PrintedPrecision.lastPlace(PrintedPrecision.decimals(cell.amount)) / 2
                let tolerance = PrintedPrecision.convert(place, from: cell.table.unit, to: figure.unit) ?? 0
                return (Link(cells: [cell] + cells.filter { $0.table.index != cell.table.index || $0.row.number != cell.row.number },
                             value: value, agrees: true, tolerance: tolerance), nil)
            case .differs: values.append(value)
            }
        }
        // The cells must say one thing at the text's precision (元 and 万元 printings of one figure).
        let printed = Set(values.map { PrintedPrecision.round($0, figure.decimals) })
        guard let value = values.first, printed.count == 1, values.count == cells.count,
              let cell = cells.first else { return (Link(cells: cells, value: nil, agrees: false), nil) }
        let column = cell.table.amountColumns[cell.column]
        var finding = Finding(.textTable, table: cell.table.index, row: cell.row.number, page: cell.row.page,
                              name: cell.row.name, column: column.name, stated: figure.value, computed: value, [
                                  .subject: cell.label,
                                  .text: figure.text + figure.unit,
                                  .first: String(figure.page),
                                  .detail: "\(cell.amount.text) \(cell.table.unit)",
                                  .other: "table \(cell.table.index) (\(cell.table.title)) row \(cell.row.number) "
                                      + column.pathText,
                                  .otherZH: "表 \(cell.table.index)（\(cell.table.title)）第 \(cell.row.number) 行 "
                                      + column.pathText,
                                  .reason: figure.unit,
                              ])
        finding.related = sentence(figure, subject: cell.label)
        return (Link(cells: cells, value: value, agrees: false), finding)
    }

    /// The sentence as a finding's second place.
    static func sentence(_ figure: StatedFigure, subject: String) -> FindingLocation {
        FindingLocation(table: 0, page: figure.page, name: subject, value: figure.value, quote: figure.sentence)
    }
}
