import AllotModel
import Foundation

/// 文表一致: the body text restates table figures ("行政运行 1,623.18万元", "基本支出 5377.64 万元，占
/// 55.10%"). Each stated amount is linked to the cells its words name (`NarrativeLinker`; a figure of
/// a numbered item whose words only say "this year's amount" restates the item's topic), converted to
/// the text's unit and compared at the text's precision. When some linked cell agrees, or the text
/// is within one unit of its last place (rounded or cut), the text agrees; when every linked cell
/// carries one other value, it is a `text_table` finding; cells that disagree among themselves link
/// nothing. A share (占 P%) is checked against its numerator's and denominator's cells, and reported
/// only when it agrees with neither the cells nor the text's own figures. Figures of another period
/// or changes (上年, 执行数, 比…增加) restate no cell.
public enum NarrativeCheck {
    /// What one amount figure linked to.
    struct Link {
        var cells: [NarrativeLinker.Cell]
        /// The cell it agrees with, or the one cell value all linked cells carry.
        var value: Decimal?
        var agrees: Bool
    }

    /// How the body figures of a notice came out: what was compared, not only what failed.
    public struct Tally: Sendable, Hashable {
        /// Amounts linked to cells.
        public var linked = 0
        /// Linked amounts that agree with a cell (rounded or cut to the text's precision).
        public var agreeing = 0
        /// The `text_table` findings.
        public var findings: [Finding] = []
    }

    /// The `text_table` findings of a notice: its body figures against its tables.
    public static func findings(_ figures: [StatedFigure], tables: [AllocationTable], findings: [Finding]) -> [Finding] {
        tally(figures, tables: tables, findings: findings).findings
    }

    /// The body figures against the tables, with how many were linked and agree.
    public static func tally(_ figures: [StatedFigure], tables: [AllocationTable], findings: [Finding]) -> Tally {
        var tally = Tally()
        let confirmed = ConfirmedTables(tables, findings: findings)
        guard !confirmed.tables.isEmpty else { return tally }
        let linker = NarrativeLinker(confirmed)
        var result: [Finding] = []
        var links: [Int: Link] = [:]
        var topics: [Int: [NarrativeLinker.Cell]] = [:]
        for (index, figure) in figures.enumerated() where figure.kind == .amount {
            let scope = FundScope.named(in: figure.head) ?? FundScope.named(in: figure.item)
                ?? FundScope.named(in: figure.section)
            var cells = linker.cells(lead: figure.lead, context: figure.item + figure.head, scope: scope)
            if let label = cells.first?.label {
                let rest = NarrativeText.normalize(figure.lead).replacingOccurrences(of: label, with: "")
                if NarrativeText.otherPeriod.contains(where: rest.contains) { continue }
                if figure.itemNumber >= 0, topics[figure.itemNumber] == nil { topics[figure.itemNumber] = cells }
            } else if figure.itemNumber >= 0, NarrativeText.onlyFillers(NarrativeText.normalize(figure.lead)),
                      !NarrativeText.otherPeriod.contains(where: NarrativeText.normalize(figure.lead).contains) {
                if topics[figure.itemNumber] == nil {
                    topics[figure.itemNumber] = linker.cells(lead: figure.item.trimmingCharacters(in: ["。"]),
                                                             context: "", scope: scope)
                }
                cells = topics[figure.itemNumber] ?? []
            }
            guard !cells.isEmpty else { continue }
            let (link, finding) = compare(figure, cells)
            links[index] = link
            tally.linked += 1
            if link.agrees { tally.agreeing += 1 }
            if let finding { result.append(finding) }
        }
        for (index, figure) in figures.enumerated() where figure.kind == .percent {
            if let finding = share(index, figures, links) { result.append(finding) }
        }
        tally.findings = result
        return tally
    }

    /// A figure against its linked cells.
    static func compare(_ figure: StatedFigure, _ cells: [NarrativeLinker.Cell]) -> (Link, Finding?) {
        var values: [Decimal] = []
        for cell in cells {
            guard let value = PrintedPrecision.convert(cell.amount.value, from: cell.table.unit, to: figure.unit) else {
                continue
            }
            switch PrintedPrecision.compare(printed: figure.value, decimals: figure.decimals, exact: value) {
            case .agrees: return (Link(cells: cells, value: value, agrees: true), nil)
            case .withinRounding: return (Link(cells: cells, value: value, agrees: true), nil)
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

    /// A share (…万元，占 P% / 占本年支出合计的 P%) against its numerator's and denominator's cells.
    static func share(_ index: Int, _ figures: [StatedFigure], _ links: [Int: Link]) -> Finding? {
        let figure = figures[index]
        let lead = NarrativeText.normalize(figure.lead)
        guard let mark = lead.firstIndex(of: "占"), index > 0 else { return nil }
        let numeratorIndex = index - 1
        let numeratorFigure = figures[numeratorIndex]
        guard numeratorFigure.kind == .amount, numeratorFigure.sentenceNumber == figure.sentenceNumber,
              let numerator = links[numeratorIndex], numerator.agrees, let top = numerator.value else { return nil }
        // The denominator: named after 占 (占本年支出合计的), else the sentence's first amount.
        let named = lead[lead.index(after: mark)...].replacingOccurrences(of: "的", with: "")
        var denominatorIndex: Int?
        if named.isEmpty {
            denominatorIndex = figures.indices.first { figures[$0].sentenceNumber == figure.sentenceNumber
                && figures[$0].kind == .amount }
        } else {
            denominatorIndex = figures.indices.last { $0 < numeratorIndex && figures[$0].kind == .amount
                && NarrativeText.normalize(figures[$0].lead).hasSuffix(named) }
        }
        guard let denominatorIndex, denominatorIndex != numeratorIndex, let denominator = links[denominatorIndex],
              denominator.agrees, let bottom = denominator.value, bottom != 0,
              figures[denominatorIndex].unit == numeratorFigure.unit else { return nil }
        let fromCells = top / bottom * 100
        guard PrintedPrecision.compare(printed: figure.value, decimals: figure.decimals, exact: fromCells) == .differs
        else { return nil }
        let textBottom = figures[denominatorIndex].value
        if textBottom != 0, PrintedPrecision.compare(printed: figure.value, decimals: figure.decimals,
                                                      exact: numeratorFigure.value / textBottom * 100) != .differs {
            return nil
        }
        guard let cell = numerator.cells.first else { return nil }
        let column = cell.table.amountColumns[cell.column]
        let computed = PrintedPrecision.round(fromCells, figure.decimals + 2)
        var finding = Finding(.textTable, table: cell.table.index, row: cell.row.number, page: cell.row.page,
                              name: cell.row.name, column: column.name, stated: figure.value, computed: computed, [
                                  .subject: "\(cell.label) share",
                                  .text: figure.text + "%",
                                  .first: String(figure.page),
                                  .detail: "\(computed)% (\(top) / \(bottom) \(numeratorFigure.unit))",
                                  .other: "table \(cell.table.index) (\(cell.table.title)) row \(cell.row.number) "
                                      + column.pathText,
                                  .otherZH: "表 \(cell.table.index)（\(cell.table.title)）第 \(cell.row.number) 行 "
                                      + column.pathText,
                                  .reason: "percentage points",
                                  .reasonZH: "百分点",
                              ])
        finding.related = sentence(figure, subject: cell.label)
        return finding
    }

    /// The sentence as a finding's second place.
    static func sentence(_ figure: StatedFigure, subject: String) -> FindingLocation {
        FindingLocation(table: 0, page: figure.page, name: subject, value: figure.value, quote: figure.sentence)
    }
}
