import AllotModel
import Foundation

/// Against the documents a notice cites, in a batch that holds them: when the cited notice's table
/// has a row for the citing notice's region (山西省 in the national 财农〔2022〕90号), a `citation`
/// note gives both figures and the share the citing notice distributes; a sentence of the citing
/// notice that names the cited document and states the amount it received (…（财农〔2022〕90号）下达
/// 我省资金X万元) is compared with that row, and a difference beyond rounding is a
/// `citation_mismatch`. Only regions resolved to GB/T 2260 codes are matched.
public enum CitationCheck {
    /// A region's whole amount as one notice prints it.
    public struct Figure: Sendable, Hashable {
        /// GB/T 2260 code of the region.
        public var code: String
        /// The row label.
        public var name: String
        /// The region.
        public var region: String
        /// The amount in the table's unit.
        public var amount: Amount
        /// The table's unit.
        public var unit: String
        /// Table, row, page and column of the cell.
        public var table: Int, row: Int, page: Int, column: String

        /// Creates a figure.
        public init(code: String, name: String, region: String, amount: Amount, unit: String, table: Int, row: Int,
                    page: Int, column: String) {
            self.code = code
            self.name = name
            self.region = region
            self.amount = amount
            self.unit = unit
            self.table = table
            self.row = row
            self.page = page
            self.column = column
        }
    }

    /// What one notice says about regions, kept for the batch (small: one figure per region).
    public struct Facts: Sendable {
        /// The notice id.
        public var id: String
        /// Doc numbers it cites.
        public var references: [String]
        /// Its own region's total: the grand total of its first table whose total resolves to a division.
        public var province: Figure?
        /// Each resolved region's first printed whole amount, by division code.
        public var regions: [String: Figure]
        /// Each row's first printed whole amount, by region name (a national table's provinces are
        /// not always resolved to codes).
        public var names: [String: Figure] = [:]
        /// Amounts its body states next to a cited doc number.
        public var stated: [StatedFigure]

        /// Creates the facts of a notice.
        public init(id: String, references: [String], province: Figure?, regions: [String: Figure],
                    names: [String: Figure] = [:], stated: [StatedFigure]) {
            self.id = id
            self.references = references
            self.province = province
            self.regions = regions
            self.names = names
            self.stated = stated
        }
    }

    /// The facts of a notice.
    public static func facts(_ notice: Notice) -> Facts {
        // Each map's candidates gathered first and the map made from them at once (`firstByKey`):
        // a key hashed once, not looked up and then stored, and no map grown step by step (the
        // look-ups and growth were most of this function's cost).
        var regions: [(String, Figure)] = []
        var names: [(String, Figure)] = []
        var province: Figure?
        for table in notice.tables where table.kind.isRegional {
            guard let column = table.amountColumns.indices.first(where: { table.amountColumns[$0].role == .amount })
            else { continue }
            for row in table.rows {
                guard let amount = row.rowAmounts[column] else { continue }
                let figure = Figure(code: row.divisionCode, name: row.name, region: row.region, amount: amount,
                                    unit: table.unit, table: table.index, row: row.number, page: row.page,
                                    column: table.amountColumns[column].name)
                if row.level != .total, !row.region.isEmpty,
                   !row.divisionCode.isEmpty || Self.endsLikeADivision(row.region) {
                    names.append((row.region, figure))
                }
                guard !row.divisionCode.isEmpty else { continue }
                if row.level == .total, row.parent == nil, province == nil { province = figure }
                regions.append((row.divisionCode, figure))
            }
        }
        return Facts(id: notice.id, references: notice.metadata.references.map(\.docNumber), province: province,
                     regions: firstByKey(regions), names: firstByKey(names), stated: notice.citedFigures)
    }

    /// The first figure of each key. The facts are kept for the whole batch: a map that holds
    /// fewer than half its candidates (a region printed on many rows) is made again at its size,
    /// so that it keeps no room for every row.
    static func firstByKey(_ candidates: [(String, Figure)]) -> [String: Figure] {
        let map = Dictionary(candidates, uniquingKeysWith: { first, _ in first })
        guard map.count * 2 < candidates.count else { return map }
        return Dictionary(uniqueKeysWithValues: map.map { ($0.key, $0.value) })
    }

    /// True for a label ending as division names end (山西省, 内蒙古自治区, 太原市, 盂县, 阿拉善盟 …): only such a
    /// name can be a citing notice's region, so a long list of projects keeps no figure per row
    /// for the whole batch (a 100,000-row sheet's were 60 MB).
    static func endsLikeADivision(_ region: String) -> Bool {
        guard let last = region.unicodeScalars.last else { return false }
        return "省市区县州盟旗".unicodeScalars.contains(last)
    }

    /// Words that say the stated amount is what the cited document gave (下达我省, 分配, 安排).
    static let receiving = ["下达", "分配", "安排", "拨付", "补助", "我省", "我区", "我市", "本省", "你省"]

    /// The note and findings of a citing notice against one document it cites.
    public static func findings(_ citing: Facts, cited: Facts) -> [Finding] {
        guard citing.id != cited.id, citing.references.contains(cited.id), let own = citing.province,
              let there = cited.regions[own.code] ?? (own.region.isEmpty ? nil : cited.names[own.region]),
              let converted = PrintedPrecision.convert(there.amount.value, from: there.unit, to: own.unit),
              converted != 0 else { return [] }
        let share = PrintedPrecision.round(own.amount.value / converted * 100, 2)
        var note = Finding(.citation, table: own.table, row: own.row, page: own.page, name: own.name, column: own.column,
                           stated: own.amount.value, computed: converted, [
                               .subject: own.region.isEmpty ? own.name : own.region,
                               .text: "\(own.amount.text) \(own.unit)",
                               .detail: "\(there.amount.text) \(there.unit)",
                               .other: "\(cited.id) table \(there.table) row \(there.row)",
                               .otherZH: "\(cited.id) 表 \(there.table) 第 \(there.row) 行",
                               .reason: "\(share)% of it distributed here",
                               .reasonZH: "本文件分配其中的 \(share)%",
                           ])
        note.related = FindingLocation(table: there.table, row: there.row, page: there.page,
                                       name: "\(cited.id) \(there.name)", column: there.column, value: there.amount.value)
        var result = [note]
        for figure in citing.stated where figure.sentence.contains(cited.id) {
            guard receiving.contains(where: figure.lead.contains) || figure.lead.contains(own.region),
                  let value = PrintedPrecision.convert(there.amount.value, from: there.unit, to: figure.unit),
                  PrintedPrecision.compare(printed: figure.value, decimals: figure.decimals, exact: value) == .differs
            else { continue }
            var finding = Finding(.citationMismatch, table: 0, page: figure.page, name: own.region,
                                  stated: figure.value, computed: value, [
                                      .subject: own.region.isEmpty ? own.name : own.region,
                                      .text: "\(figure.text)\(figure.unit) stated (「\(figure.sentence)」, page \(figure.page))",
                                      .textZH: "称 \(figure.text)\(figure.unit)（「\(figure.sentence)」，第 \(figure.page) 页）",
                                      .other: "\(cited.id) (table \(there.table) row \(there.row), \(there.name))",
                                      .otherZH: "\(cited.id)（表 \(there.table) 第 \(there.row) 行，\(there.name)）",
                                      .detail: "\(there.amount.text) \(there.unit)",
                                  ])
            finding.related = FindingLocation(table: there.table, row: there.row, page: there.page,
                                              name: "\(cited.id) \(there.name)", column: there.column,
                                              value: there.amount.value)
            result.append(finding)
        }
        return result
    }
}
