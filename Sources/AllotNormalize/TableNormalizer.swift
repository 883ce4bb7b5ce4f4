import AllotModel

/// The normalize stage: a raw table and the notice around it → an allocation table whose rows are
/// built once (label, level, parent, region, GB/T 2260 code, exact amounts), and the findings
/// about cells that are not amounts and names that cannot be placed. Nothing changes a row
/// afterwards.
public struct TableNormalizer: Sendable {
    /// Looks up division codes; nil leaves every row without a code.
    public let resolver: DivisionResolver?

    /// Creates the stage over a division lookup.
    public init(resolver: DivisionResolver?) {
        self.resolver = resolver
    }

    /// The normalized table and its findings, in row order.
    public func normalize(_ raw: RawTable, context: NoticeContext) -> (table: AllocationTable, findings: [Finding]) {
        let (drafts, cellFindings) = RowReader.read(raw)
        let links = Hierarchy.link(drafts)
        let province = context.province
        let placed = drafts.indices.map { index in
            PlacedRow(draft: drafts[index], parent: links.parents[index],
                      region: RegionFiller.region(of: drafts[index], groupRegion: links.groupRegions[index],
                                                  province: province))
        }
        let coded = resolver.map { RegionCoder(resolver: $0).code(placed, table: raw.index, province: province) }
        let rows = placed.indices.map { index in
            let row = placed[index]
            let code = coded.flatMap { index < $0.codes.count ? $0.codes[index] : nil }
            return AllocationRow(
                number: row.number, page: row.draft.page, level: row.level, rawName: row.draft.rawName,
                name: row.name, region: code?.region ?? row.region, amounts: row.draft.amounts,
                rawAmounts: row.draft.rawAmounts, remark: row.draft.remark, parent: row.parent,
                divisionCode: code?.code ?? "", parentCode: code?.parentCode ?? "", divisionMatch: code?.match)
        }
        var table = AllocationTable(index: raw.index, title: raw.title, unit: raw.unit, attachment: raw.attachment,
                                    amountColumns: raw.columns.filter { $0.role == .amount }, rows: rows)
        table.gaps = raw.gaps
        return (table, cellFindings + (coded?.findings ?? []))
    }
}
