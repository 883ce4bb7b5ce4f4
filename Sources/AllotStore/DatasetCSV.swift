import AllotModel
import Foundation

/// The dataset's CSV files, built from processed notices in a fixed, sorted order.
public struct DatasetCSV: Sendable {
    /// allocations.csv: one row per amount cell.
    public var allocations = CSVTable(header: [
        "notice_id", "table", "row", "page", "level", "name", "region", "division_code", "parent_code",
        "column", "amount", "unit", "remark",
    ])
    /// findings.csv: one row per finding.
    public var findings = CSVTable(header: [
        "notice_id", "table", "row", "page", "name", "column", "check", "stated", "computed", "difference", "message",
    ])
    /// notices.csv: one row per notice.
    public var notices = CSVTable(header: [
        "notice_id", "doc_number", "issuer", "title", "date", "source_file", "source_sha256", "pages", "tables",
        "rows", "findings",
    ])

    /// Builds the CSVs; notices are sorted by id (then source file), rows keep their printed order.
    public init(notices input: [Notice]) {
        let sorted = input.sorted { ($0.id, $0.sourceFile) < ($1.id, $1.sourceFile) }
        for notice in sorted {
            append(notice)
        }
    }

    private mutating func append(_ notice: Notice) {
        let meta = notice.metadata
        notices.rows.append([
            notice.id, meta.docNumber, meta.issuer, meta.title, meta.date, notice.sourceFile, notice.sha256,
            "\(notice.pageCount)", "\(notice.tables.count)", "\(notice.tables.reduce(0) { $0 + $1.rows.count })",
            "\(notice.findings.count)",
        ])
        for table in notice.tables {
            for row in table.rows {
                for (index, column) in table.amountColumns.enumerated() {
                    let amount = index < row.amounts.count ? row.amounts[index]?.text ?? "" : ""
                    allocations.rows.append([
                        notice.id, "\(table.index)", "\(row.number)", "\(row.page)", row.level.rawValue, row.name,
                        row.region, row.divisionCode, row.parentCode, column.name, amount, table.unit, row.remark,
                    ])
                }
            }
        }
        for finding in notice.findings {
            findings.rows.append([
                notice.id, "\(finding.table)", "\(finding.row)", "\(finding.page)", finding.name, finding.column,
                finding.check, Self.text(finding.stated), Self.text(finding.computed), Self.text(finding.difference),
                finding.message,
            ])
        }
    }

    /// Exact decimal text, empty for nil.
    public static func text(_ value: Decimal?) -> String {
        value.map { "\($0)" } ?? ""
    }

    /// Writes the three files into `directory`, each atomically.
    public func write(to directory: URL, byteOrderMark: Bool = false) throws(StoreError) {
        for (name, table) in [("notices.csv", notices), ("allocations.csv", allocations), ("findings.csv", findings)] {
            var data = Data()
            if byteOrderMark { data.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
            data.append(contentsOf: Array(table.render().utf8))
            try AtomicFile.write(data, to: directory.appendingPathComponent(name))
        }
    }
}
