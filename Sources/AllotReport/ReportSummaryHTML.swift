import AllotModel
import Foundation

/// The report's first page: counts across notices, findings by severity and check, the notices
/// with findings first (most severe first), and totals by province, fund and year.
enum ReportSummaryHTML {
    /// The summary of `notices`; `anchors[i]` is the anchor of the i-th notice's section.
    static func render(_ notices: [ReportNotice]) -> String {
        let findings = notices.flatMap(\.findings)
        var html = Markup()
        html.open("section", ["class": "summary"])
        html.element("h2", [:], "概览 Summary")
        html.open("table", ["class": "counts"])
        html.open("tbody")
        let counts: [(String, Int)] = [
            ("通知 notices", notices.count), ("表格 tables", notices.reduce(0) { $0 + $1.tables.count }),
            ("数据行 rows", notices.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.rows.count } }),
        ] + Severity.allCases.map { severity in
            ("\(severity.labelZH) \(severity.rawValue)", findings.filter { $0.severity == severity }.count)
        }
        for (label, count) in counts {
            html.open("tr")
            html.element("th", [:], label)
            html.element("td", ["class": "num"], AmountText.grouped(String(count)))
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
        byCheck(findings, into: &html)
        withFindings(notices, into: &html)
        totals(notices, into: &html)
        html.close("section")
        return html.text
    }

    private static func byCheck(_ findings: [Finding], into html: inout Markup) {
        let counts = Dictionary(grouping: findings, by: \.check).mapValues(\.count)
        let checks = Check.allCases.filter { counts[$0] != nil }
        guard !checks.isEmpty else { return }
        html.element("h3", [:], "按规则 By check")
        html.open("table", ["class": "counts"])
        html.tableHead(["规则 check", "说明 label", "严重程度 severity", "数量 count"])
        html.open("tbody")
        for check in checks.sorted(by: { ($0.severity, $0.rawValue) < ($1.severity, $1.rawValue) }) {
            html.open("tr")
            html.element("td", ["class": "check-name"], check.rawValue)
            html.element("td", [:], check.labelZH)
            html.element("td", [:], "\(check.severity.labelZH) \(check.severity.rawValue)")
            html.element("td", ["class": "num"], String(counts[check] ?? 0))
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
    }

    /// Every notice with findings, most errors first, then most warnings, then notes.
    private static func withFindings(_ notices: [ReportNotice], into html: inout Markup) {
        func count(_ notice: ReportNotice, _ severity: Severity) -> Int {
            notice.findings.filter { $0.severity == severity }.count
        }
        let flagged = notices.enumerated().filter { !$0.element.findings.isEmpty }.sorted { a, b in
            let left = Severity.allCases.map { -count(a.element, $0) }
            let right = Severity.allCases.map { -count(b.element, $0) }
            return left.lexicographicallyPrecedes(right) || (left == right && a.offset < b.offset)
        }
        html.element("h3", [:], "有发现的通知 Notices with findings (\(flagged.count))")
        guard !flagged.isEmpty else {
            html.element("p", ["class": "ok"], "全部通知核对一致。 Every notice reconciles.")
            return
        }
        html.open("table", ["class": "flagged"])
        html.tableHead(["通知 notice", "错误 errors", "警告 warnings", "提示 notes"])
        html.open("tbody")
        for (index, notice) in flagged {
            html.open("tr", ["class": "flagged-notice"])
            html.open("td")
            let title = notice.value("title")
            html.element("a", ["href": "#n\(index + 1)"], title.isEmpty ? notice.id : "\(notice.id) \(title)")
            html.close("td")
            for severity in Severity.allCases { html.element("td", ["class": "num"], String(count(notice, severity))) }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
    }

    /// Sums of each notice's grand total (its first total row, in the 合计 column or the first one),
    /// by province (the total row's region), fund and year, per unit.
    private static func totals(_ notices: [ReportNotice], into html: inout Markup) {
        var byProvince: [String: Decimal] = [:], byFund: [String: Decimal] = [:], byYear: [String: Decimal] = [:]
        for notice in notices {
            for table in notice.tables {
                guard let row = table.rows.first(where: { $0.level == "total" }),
                      let column = table.columns.first(where: { $0.contains("合计") }) ?? table.columns.first,
                      let text = row.amounts[column],
                      let amount = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { continue }
                let unit = table.unit.isEmpty ? "" : "（\(table.unit)）"
                let fund = notice.value("fund_name"), year = notice.value("fund_year").isEmpty
                    ? notice.value("doc_year") : notice.value("fund_year")
                byProvince[(row.region.isEmpty ? "未注明" : row.region) + unit, default: 0] += amount
                byFund[(fund.isEmpty ? "未注明" : fund) + unit, default: 0] += amount
                byYear[(year.isEmpty ? "未注明" : year) + unit, default: 0] += amount
            }
        }
        for (title, sums) in [("按省份合计 Totals by province", byProvince), ("按资金合计 Totals by fund", byFund),
                              ("按年度合计 Totals by year", byYear)] where !sums.isEmpty {
            html.element("h3", [:], title)
            html.open("table", ["class": "counts"])
            html.open("tbody")
            for key in sums.keys.sorted() {
                html.open("tr")
                html.element("th", [:], key)
                html.element("td", ["class": "num"], AmountText.grouped("\(sums[key] ?? 0)"))
                html.close("tr")
            }
            html.close("tbody")
            html.close("table")
        }
    }
}
