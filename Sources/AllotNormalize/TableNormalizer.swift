import Foundation
import AllotModel
import AllotText

/// The normalize stage: a raw table and the notice around it → an allocation table whose rows are
/// built once (label, code, level, parent, depth, region, GB/T 2260 code, exact amounts), and the
/// findings about cells that are not amounts and names that cannot be placed. Nothing changes a
/// row afterwards. Rows are placed by codes, list numbering or labels (`FiscalHierarchy`); only
/// regional tables (allocation tables) get regions and division codes.
public struct TableNormalizer: Sendable {
    /// Looks up division codes; nil leaves every row without a code.
    public let resolver: DivisionResolver?

    /// Creates the stage over a division lookup.
    public init(resolver: DivisionResolver?) {
        self.resolver = resolver
    }

    /// The normalized table and its findings, in row order. The raw rows are let go as soon as
    /// each has become a draft: a caller that hands its only copy over (`consume`) holds a large
    /// sheet's rows once at a time, raw, drafted or built, never all three side by side.
    public func normalize(_ raw: consuming RawTable, context: NoticeContext) -> (table: AllocationTable, findings: [Finding]) {
        var read = RowReader.read(&raw)
        let cellFindings = read.findings
        raw.rows = []
        // The drafts are moved out of the reading, so that nothing else holds them once the
        // placement has them (a copy left in `read` kept a large sheet's drafts beside its built
        // rows: 9 MB at 100,000 rows).
        var drafts = RowDrafts()
        swap(&drafts, &read.drafts)
        var placement = FiscalHierarchy.place(consume drafts, within: resolver.map { Self.within($0, province: context.province) })
        let sides = TableSides.of(raw.columns)
        let kind = TableKindReader.kind(title: raw.title, sides: sides.count,
                                        repeatLayout: TableSides.repeatLayout(sides, raw.columns),
                                        sideTotals: Self.closingTotals(placement, sides: sides.count), signals: placement.signals)
        let province = context.province
        // Rows of a classification, numbered or two-sided table are not places. The coder reads
        // each row's place from its draft as it goes (a copy of every row's was 72 bytes a row).
        let coded = kind.isRegional ? resolver.map {
            RegionCoder(resolver: $0).code(PlacedRows(placement, province: province), table: raw.index, province: province)
        } : nil
        var printedRows = PrintedRows()
        for draft in placement.drafts { printedRows.append(draft.printedRow) }
        // The drafts are taken out of the placement and let go a chunk at a time as the rows are
        // built from them: a large sheet's drafts are not held whole beside its rows.
        drafts = RowDrafts()
        swap(&drafts, &placement.drafts)
        var rows: [AllocationRow] = []
        rows.reserveCapacity(drafts.count)
        // The names above each parent division, found once (`DivisionCatalog.fullName(code:above:)`).
        var namesAbove: [String: String] = [:]
        (consume drafts).drain { index, draft in
            // the drafts let go so far go back to the system (each chunk goes as the next is read)
            FreedMemory.giveBack(atRow: index)
            let code = coded?.codes[index]
            var built = AllocationRow(
                number: draft.number, page: draft.page, level: draft.level, rawName: draft.rawName,
                name: draft.name,
                region: code?.region ?? (kind.isRegional
                    ? RegionFiller.region(of: draft, groupRegion: placement.groupRegions[index], province: province)
                    : ""),
                amounts: draft.amounts, rawAmounts: draft.rawAmounts, remark: draft.remark,
                parent: placement.parents[index],
                divisionCode: code?.code ?? "", parentCode: code?.parentCode ?? "", divisionMatch: code?.match,
                code: draft.code?.normalized ?? "", printedCode: draft.code?.printed ?? "",
                regionFullName: code.flatMap { resolver?.catalog.fullName(code: $0.code, above: &namesAbove) } ?? "")
            built.depth = placement.depths[index] ?? 0
            built.hierarchySignal = placement.signals[index]
            built.side = draft.side
            rows.append(built)
        }
        if rows.count > FreedMemory.batchRows { FreedMemory.giveBack() }
        let amountIndices = raw.columns.indices.filter { raw.columns[$0].role == .amount }
        // A unit printed in the title block (编制部门：… 单位：万元) is the table's unit.
        let unit = raw.unit.isEmpty ? Self.unit(inTitle: raw.title) : raw.unit
        var table = AllocationTable(index: raw.index, title: raw.title, unit: unit, attachment: raw.attachment,
                                    amountColumns: amountIndices.map { raw.columns[$0] }, rows: rows)
        table.kind = kind
        table.compiler = raw.compiler
        table.columnSides = amountIndices.map { column in sides.firstIndex { $0.contains(column) } ?? 0 }
        table.printedRows = printedRows
        table.gaps = raw.gaps
        var cells = Self.withoutConfirmedNegatives(cellFindings, rows: table.rows,
                                                   headers: amountIndices.map { raw.columns[$0].name })
        // A negative is absurd only in a table that hands funds out; elsewhere (a balance, a
        // classification, a table of no money unit) it is what the table prints, not a finding.
        if !table.distributesFunds { cells.removeAll { $0.check == .negativeAmount } }
        return (table, cells + (coded?.findings ?? []))
    }

    /// A negative amount (收回, 调减) that its parent row's printed sum takes in exactly, in its
    /// column, is what the table means, not an absurd cell: its `negative_amount` is dropped.
    static func withoutConfirmedNegatives(_ findings: [Finding], rows: [AllocationRow], headers: [String]) -> [Finding] {
        guard findings.contains(where: { $0.check == .negativeAmount }) else { return findings }
        var position: [Int: Int] = [:]
        var children: [Int: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            position[row.number] = index
            if let parent = row.parent { children[parent, default: []].append(index) }
        }
        func confirmed(_ finding: Finding) -> Bool {
            guard let index = position[finding.row], let parentNumber = rows[index].parent,
                  let parent = position[parentNumber], let parts = children[parentNumber] else { return false }
            let own = rows[index].amounts, stated = rows[parent].amounts
            return headers.indices.contains { column in
                guard headers[column] == finding.column, column < own.count,
                      let value = own[column]?.value, value < 0,
                      column < stated.count, let printed = stated[column]?.value
                else { return false }
                let values = parts.map { part in
                    let amounts = rows[part].amounts
                    return column < amounts.count ? amounts[column]?.value ?? 0 : 0
                }
                return DecimalSum.of(values) == printed
            }
        }
        return findings.filter { $0.check != .negativeAmount || !confirmed($0) }
    }

    /// Whether a name is a county-level division inside the prefecture a heading names (in the
    /// notice's province when it names one), by the catalogue: found there, exactly or by alias or stem.
    private static func within(_ resolver: DivisionResolver, province: String) -> Hierarchy.Within {
        { name, heading in
            guard let prefecture = resolver.resolvePrefecture(heading, province: province.isEmpty ? nil : province),
                  case let .resolved(division, _) = resolver.resolveCounty(name, prefectureCode: prefecture.code, provinceCode: nil)
            else { return false }
            return division.parentCode == prefecture.code
        }
    }

    /// The name of each side's closing total (its last total or subtotal at the top of the
    /// hierarchy: 收入总计 over one part is a subtotal), "" for a side without one.
    private static func closingTotals(_ placement: FiscalHierarchy.Placement, sides: Int) -> [String] {
        guard sides > 1 else { return [] }
        var totals = Array(repeating: "", count: sides)
        for (index, draft) in placement.drafts.enumerated()
        where (draft.level == .total || draft.level == .subtotal) && placement.parents[index] == nil
            && totals.indices.contains(draft.side) {
            totals[draft.side] = draft.name
        }
        return totals
    }

    /// The unit named by "单位：" inside a title line ("…编制部门:某局单位:万元"), "" when none.
    static func unit(inTitle title: String) -> String {
        for marker in ["单位:", "单位："] {
            guard let range = title.foundationRange(of: marker, backwards: true) else { continue }
            let rest = title[range.upperBound...]
            if let unit = ["万元", "亿元", "千元", "元"].first(where: { rest.hasPrefix($0) }) { return unit }
        }
        return ""
    }
}
