import Foundation
import AllotModel
import AllotStore
import Foundation

/// One notice of the report: heading, metadata, findings with page references, then each table
/// with its chart and its rows, mismatched cells highlighted with printed, computed and difference.
enum NoticeSectionHTML {
    /// The section of the `ordinal`-th notice (1-based), which names its anchors.
    static func render(_ notice: ReportNotice, ordinal: Int) -> String {
        var html = Markup()
        let anchor = "n\(ordinal)"
        html.open("section", ["class": "notice", "id": anchor])
        let title = notice.value("title")
        // Collapsed unless it has findings; no script needed to open it.
        html.open("details", notice.findings.isEmpty ? [:] : ["open": "open"])
        html.open("summary")
        html.element("h2", [:], title.isEmpty ? notice.id : title)
        html.element("span", ["class": "muted"], [notice.id, "发现 \(notice.findings.count) findings"].joined(separator: " · "))
        html.close("summary")
        source(notice, page: nil, into: &html)
        findings(notice, anchor: anchor, into: &html)
        html.element("h3", [:], "通知信息 Metadata")
        html.open("dl", ["class": "meta"])
        for field in notice.metadata where !field.value.isEmpty && field.name != "title" {
            html.element("dt", [:], ReportLabels.field(field.name))
            html.element("dd", [:], field.value)
        }
        html.close("dl")
        for table in notice.tables { self.table(table, of: notice, anchor: anchor, into: &html) }
        html.close("details")
        html.close("section")
        return html.text
    }

    /// A link to the notice's source file (at `page` when given; PDF viewers honour #page=N) and
    /// its source URL when known.
    private static func source(_ notice: ReportNotice, page: Int?, into html: inout Markup) {
        let file = notice.value("source_file")
        guard !file.isEmpty else { return }
        html.open("p", ["class": "source"])
        html.add("来源文件 Source: ")
        html.element("a", ["href": sourceLink(file, page: page)], file)
        let url = notice.value("source_url")
        if !url.isEmpty {
            html.add(" · ")
            html.element("a", ["href": url], url)
        }
        html.close("p")
    }

    /// The source file as a link, to a page of it when the file is a PDF.
    static func sourceLink(_ file: String, page: Int?) -> String {
        let encoded = file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file
        guard let page, page > 0, file.lowercased().hasSuffix(".pdf") else { return encoded }
        return encoded + "#page=\(page)"
    }

    private static func findings(_ notice: ReportNotice, anchor: String, into html: inout Markup) {
        html.element("h3", [:], "核对发现 Findings (\(notice.findings.count))")
        guard !notice.findings.isEmpty else {
            html.element("p", ["class": "ok"], "全部合计、小计核对一致。 Every total and subtotal reconciles.")
            return
        }
        html.open("ol", ["class": "findings"])
        for finding in notice.findings {
            html.open("li")
            let place = finding.table > 0 ? "\(finding.placeZH) \(finding.place)" : "整份通知 whole notice"
            if finding.row > 0 {
                html.element("a", ["href": "#\(anchor)-t\(finding.table)-r\(finding.row)"], place)
            } else {
                html.add(place)
            }
            if finding.page > 0 {
                html.add(", ")
                html.element("a", ["href": sourceLink(notice.value("source_file"), page: finding.page), "class": "page"],
                             "第\(finding.page)页 p. \(finding.page)")
            }
            html.add(": ")
            html.element("strong", [:], [finding.name, finding.column].filter { !$0.isEmpty }.joined(separator: " · "))
            html.add(" ")
            html.element("span", ["class": "check \(finding.severityName)"], "\(finding.severity.labelZH) · \(finding.check.labelZH) \(finding.checkName)")
            if finding.stated != nil || finding.computed != nil {
                html.add(" 印刷 printed \(grouped(finding.stated)), 计算 computed \(grouped(finding.computed)), "
                         + "差额 difference \(grouped(finding.difference))")
            }
            html.empty("br")
            // Chinese first, the English kept (a dataset written before message_zh has only the English).
            if !finding.messageZH.isEmpty {
                html.element("span", [:], finding.messageZH)
                html.empty("br")
            }
            html.element("span", ["class": "muted"], finding.message)
            if let related = finding.related {
                Self.related(related, anchor: anchor, elsewhere: finding.check.relatesToAnotherDocument, into: &html)
            }
            html.close("li")
        }
        html.close("ol")
    }

    /// The second place of a finding about two: the other cell (linked), or the sentence with its
    /// number highlighted.
    private static func related(_ place: FindingLocation, anchor: String, elsewhere: Bool, into html: inout Markup) {
        html.empty("br")
        html.add("⇄ ")
        if elsewhere {
            // A cited notice's row: named, not linked into this notice's tables.
            html.add("\(place.name): \(place.place)\(pageText(place.page)) " + DatasetCSV.text(place.value))
            return
        }
        if place.table > 0 {
            if place.row > 0 {
                html.element("a", ["href": "#\(anchor)-t\(place.table)-r\(place.row)"], place.place)
            } else {
                html.add(place.place)
            }
            html.add("\(pageText(place.page)): \([place.name, place.column].filter { !$0.isEmpty }.joined(separator: " · ")) "
                     + DatasetCSV.text(place.value))
            return
        }
        if place.page > 0 { html.add("p. \(place.page): ") }
        html.open("q", [:])
        let (before, number, after) = highlighted(place.quote, place.value)
        html.add(before)
        if !number.isEmpty { html.element("mark", [:], number) }
        html.add(after)
        html.close("q")
    }

    /// ", p. 9" after a place; nothing when the page is not known.
    private static func pageText(_ page: Int) -> String {
        page > 0 ? ", p. \(page)" : ""
    }

    /// The quote cut around the first number printed with `value` (grouping commas aside).
    static func highlighted(_ quote: String, _ value: Decimal?) -> (String, String, String) {
        guard let value else { return (quote, "", "") }
        let characters = Array(quote)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII,
                  characters[end].isNumber || characters[end] == "," || characters[end] == "." { end += 1 }
            let run = String(characters[index..<end])
            if Decimal(string: run.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX"))
                == value {
                return (String(characters[..<index]), run, String(characters[end...]))
            }
            index = end
        }
        return (quote, "", "")
    }

    private static func table(_ table: ReportNotice.Table, of notice: ReportNotice, anchor: String,
                              into html: inout Markup) {
        html.element("h3", [:], "分配表 Table \(table.number)" + (table.title.isEmpty ? "" : "：\(table.title)")
                     + (table.unit.isEmpty ? "" : "（单位：\(table.unit) unit）"))
        if !table.compiler.isEmpty {
            html.element("p", ["class": "compiler"], "\(ReportLabels.field("compiler")): \(table.compiler)")
        }
        if let chart = BarChartSVG.render(table, notice: notice) {
            html.open("figure", ["class": "chart"])
            html.raw(chart)
            html.close("figure")
        }
        let showRemark = table.rows.contains { !$0.remark.isEmpty }
        html.open("table", ["class": "allocation"])
        html.tableHead(["行 row", "页 page", "层级 level", "名称 name"] + table.columns + (showRemark ? ["备注 remark"] : []))
        html.open("tbody")
        for row in table.rows {
            let rowFindings = notice.findings.filter { $0.table == table.number && $0.row == row.number }
            let classes = [row.level] + (rowFindings.isEmpty ? [] : ["mismatch"]) + (row.isRecognized ? ["ocr"] : [])
            html.open("tr", ["class": classes.joined(separator: " "), "id": "\(anchor)-t\(table.number)-r\(row.number)"])
            html.element("td", ["class": "num"], "\(row.number)")
            html.element("td", ["class": "num"], "\(row.page)")
            html.element("td", ["class": "level"], ReportLabels.level(row.level))
            cell(HierarchyHTML.label(row), findings: notice.findings(table: table.number, row: row.number, column: nil),
                 numeric: false, indent: row.place.depth, into: &html)
            for column in table.columns {
                cell(AmountText.grouped(row.amounts[column] ?? ""), findings: notice.findings(table: table.number, row: row.number, column: column),
                     numeric: true, recognized: recognizedTitle(row), into: &html)
            }
            if showRemark { html.element("td", [:], row.remark) }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
    }

    /// How an OCR row's amounts were read, as a cell's tooltip; nil for a text-layer row.
    private static func recognizedTitle(_ row: ReportNotice.Row) -> String? {
        guard row.isRecognized else { return nil }
        let how = row.amountSource == TextSource.ocrCorrected.rawValue
            ? "read by OCR, a digit corrected by the table's sums" : "read by OCR"
        return row.minConfidence.isEmpty ? how : "\(how) (lowest digit confidence \(row.minConfidence))"
    }

    /// A cell; with findings it is highlighted and lists each finding's computed value and difference;
    /// a cell read by OCR is marked, with how it was read as its tooltip.
    private static func cell(_ text: String, findings: [Finding], numeric: Bool, recognized: String? = nil,
                             indent: Int = 0, into html: inout Markup) {
        let base = (numeric ? "num" : "name") + (recognized == nil ? "" : " ocr")
        // A name cell is indented by its row's depth (HierarchyHTML); amount cells never are.
        let style = HierarchyHTML.indentStyle(indent)
        guard !findings.isEmpty else {
            if indent > 0 {
                html.element("td", ["class": base, "style": style], text)
            } else {
                html.element("td", recognized.map { ["class": base, "title": $0] } ?? ["class": base], text)
            }
            return
        }
        let title = findings.map(\.message).joined(separator: "\n")
        if indent > 0 {
            html.open("td", ["class": "\(base) mismatch", "style": style, "title": title])
        } else {
            html.open("td", ["class": "\(base) mismatch", "title": title])
        }
        html.element("span", ["class": "printed"], text)
        for finding in findings {
            let detail = finding.computed == nil
                ? "[\(finding.checkName)]"
                : "[\(finding.checkName)] 计算 computed \(grouped(finding.computed)), "
                    + "差额 difference \(grouped(finding.difference))"
            html.element("span", ["class": "detail"], detail)
        }
        html.close("td")
    }

    /// An exact amount with thousands separators, "" when absent.
    private static func grouped(_ value: Decimal?) -> String {
        AmountText.grouped(DatasetCSV.text(value))
    }
}
