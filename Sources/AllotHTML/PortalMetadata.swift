import AllotModel
import AllotText
import Foundation

/// What a government portal's article page says about the notice around its text: the article
/// heading (h1/h2, or an element whose class names a title), `<meta name="ArticleTitle">`,
/// `<title>` (with the site name after a separator), `<meta name="PubDate">`, a 发布时间 line, and
/// the attachments it links to instead of printing them.
public struct PortalMetadata: Hashable, Sendable {
    /// The article's title: the heading when there is one, else the meta title, else `<title>`
    /// without the site name; empty when none.
    public var title = ""
    /// True when `title` comes from the article heading or the meta title (the page states it as
    /// the article's title), false when only from `<title>`.
    public var titleIsStated = false
    /// Publication date, ISO 8601; empty when none.
    public var date = ""
    /// Links to attachment files (附件：<a href="…pdf">…</a>).
    public var attachments: [AttachmentLink] = []
    /// The page's own address as it states it: `<link rel="canonical">`, else `<meta property="og:url">`;
    /// only an absolute http(s) URL, empty when none.
    public var canonicalURL = ""

    /// Creates empty portal metadata.
    public init() {}

    /// Separators portals put between an article title and the site or column name.
    static let titleSeparators = ["_", "|", "｜", " - ", " — ", "－", "--"]
    /// File endings of attachments (documents, spreadsheets, archives).
    static let attachmentExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "et", "wps", "ofd", "zip", "rar", "7z",
    ]
    /// Labels in front of a publication date in the page text.
    static let dateLabels = ["发布时间", "发布日期"]
    /// How portal lines around an article start (breadcrumb, publication and view counters): page
    /// chrome, not the notice's text.
    static let chromeLineStarts = ["当前位置", "您当前的位置", "您的位置", "发布时间", "发布日期", "信息来源", "浏览次数"]

    /// True when a line of page text is portal chrome by its words (当前位置：首页 > 通知公告).
    static func isChromeLine(_ compact: String) -> Bool {
        chromeLineStarts.contains { compact.hasPrefix($0) }
    }

    /// Reads the page under `root`.
    static func read(_ root: HTMLElement, chrome: ChromeFilter) -> PortalMetadata {
        var reader = Reader(chrome: chrome)
        reader.visit(root, inHead: false)
        var metadata = PortalMetadata()
        let pageTitle = strippingSiteName(reader.pageTitle)
        let references = [reader.metaTitle, pageTitle].filter { !$0.isEmpty }
        // Prefer the article heading: the first one that the meta title or the page title confirms
        // (a column heading such as 通知公告 does not), or the first long one when neither exists.
        let heading = reader.headings.first { heading in
            references.contains { heading.contains($0) || $0.contains(heading) }
        } ?? (references.isEmpty ? reader.headings.first { $0.count >= 8 } : nil)
        metadata.title = heading ?? [reader.metaTitle, pageTitle].first { !$0.isEmpty } ?? ""
        metadata.titleIsStated = heading != nil || !reader.metaTitle.isEmpty
        metadata.date = isoDate(reader.metaDate) ?? reader.textDates.lazy.compactMap(isoDate).first ?? ""
        metadata.attachments = reader.links
        metadata.canonicalURL = [reader.canonicalLink, reader.ogURL].first { isAbsoluteWebURL($0) } ?? ""
        return metadata
    }

    /// `<title>` without the site or column names after the first separator.
    static func strippingSiteName(_ title: String) -> String {
        var text = Substring(title)
        for separator in titleSeparators {
            if let range = text.range(of: separator), range.lowerBound > text.startIndex {
                text = text[..<range.lowerBound]
            }
        }
        return NameNormalizer.normalizeText(String(text))
    }

    /// A date written 2023-05-10, 2023/5/10, 2023.5.10 or 2023年5月10日 at the start of the text
    /// (a time may follow), as 2023-05-10; nil when the text does not start with one.
    static func isoDate(_ text: String) -> String? {
        var characters = Array(NameNormalizer.normalize(text))[...]
        func number(maximumDigits: Int) -> Int? {
            let digits = characters.prefix { $0.isASCII && $0.isNumber }.prefix(maximumDigits)
            guard !digits.isEmpty else { return nil }
            characters = characters.dropFirst(digits.count)
            return Int(String(digits))
        }
        func separator() -> Bool {
            guard let first = characters.first, ["-", "/", ".", "年", "月"].contains(first) else { return false }
            characters = characters.dropFirst()
            return true
        }
        guard let year = number(maximumDigits: 4), year >= 1000, separator(), let month = number(maximumDigits: 2),
              separator(), let day = number(maximumDigits: 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// True for an http or https URL with a host (a relative canonical link says nothing on its own).
    static func isAbsoluteWebURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return false }
        return true
    }

    /// Walks the tree once, collecting the candidates.
    private struct Reader {
        let chrome: ChromeFilter
        var pageTitle = ""
        var metaTitle = ""
        var metaDate = ""
        var canonicalLink = ""
        var ogURL = ""
        var headings: [String] = []
        var textDates: [String] = []
        var links: [AttachmentLink] = []
        /// The text seen last before a link, for its 附件 label.
        var lastText = ""

        mutating func visit(_ element: HTMLElement, inHead: Bool) {
            let inHead = inHead || element.name == "head"
            switch element.name {
            case "title" where pageTitle.isEmpty:
                pageTitle = HTMLText.flattened(element, chrome: chrome)
                return
            case "meta":
                let name = (element.attribute("name") ?? "").lowercased()
                let content = HTMLText.collapsed(element.attribute("content") ?? "")
                if name == "articletitle", metaTitle.isEmpty { metaTitle = NameNormalizer.normalizeText(content) }
                if name == "pubdate" || name == "publishdate", metaDate.isEmpty { metaDate = content }
                if (element.attribute("property") ?? "").lowercased() == "og:url", ogURL.isEmpty { ogURL = content }
                return
            case "link":
                let relations = (element.attribute("rel") ?? "").lowercased().split(separator: " ")
                if relations.contains("canonical"), canonicalLink.isEmpty {
                    canonicalLink = HTMLText.collapsed(element.attribute("href") ?? "")
                }
                return
            default:
                break
            }
            if inHead {
                // Only the head's title, meta and link elements say anything (handled above).
                for case let .element(inner) in element.children { visit(inner, inHead: true) }
                return
            }
            if chrome.isChrome(element) { return }
            if isHeading(element) {
                let text = NameNormalizer.normalizeText(HTMLText.flattened(element, chrome: chrome))
                if !text.isEmpty { headings.append(text) }
            }
            if element.name == "a", let link = attachment(element) {
                links.append(link)
            }
            for child in element.children {
                switch child {
                case let .text(text):
                    noteText(text)
                case let .element(inner):
                    visit(inner, inHead: inHead)
                }
            }
        }

        /// h1, h2, or an element whose class or id names a title (article-title, arttitle, biaoti).
        private func isHeading(_ element: HTMLElement) -> Bool {
            if element.name == "h1" || element.name == "h2" { return true }
            guard ["div", "p", "span", "h3", "td", "strong"].contains(element.name) else { return false }
            return ChromeFilter.words(of: element).contains { $0.foundationContains("title") || $0 == "biaoti" || $0 == "bt" }
        }

        private mutating func noteText(_ text: String) {
            let collapsed = HTMLText.collapsed(text)
            guard HTMLText.hasContent(collapsed) else { return }
            lastText = collapsed
            let compact = NameNormalizer.normalize(collapsed)
            for label in PortalMetadata.dateLabels {
                guard let range = compact.foundationRange(of: label) else { continue }
                var rest = compact[range.upperBound...]
                if let first = rest.first, first == ":" || first == "：" { rest = rest.dropFirst() }
                textDates.append(String(rest))
                break
            }
        }

        /// An attachment link: its target or its text ends in a document file name.
        private mutating func attachment(_ element: HTMLElement) -> AttachmentLink? {
            guard let href = element.attribute("href"), !href.isEmpty else { return nil }
            let text = NameNormalizer.normalizeText(HTMLText.flattened(element, chrome: chrome))
            let target = href.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? href
            let targetName = target.split(separator: "/").last.map { String($0).removingPercentEncoding ?? String($0) } ?? ""
            let fileName: String
            if PortalMetadata.hasAttachmentExtension(text) {
                fileName = text
            } else if PortalMetadata.hasAttachmentExtension(targetName) {
                fileName = targetName
            } else {
                return nil
            }
            let before = NameNormalizer.normalize(lastText)
            let label = TableFurniture.attachmentLabel(before).map { _ in before.trimmingColon() }
                ?? TableFurniture.attachmentLabel(String(text.prefix { $0 != ":" && $0 != "：" })).map { $0 }
                ?? "附件"
            return AttachmentLink(label: label, fileName: fileName, url: href)
        }
    }

    static func hasAttachmentExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return false }
        return attachmentExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}

private extension String {
    func trimmingColon() -> String {
        var text = self
        while let last = text.last, last == ":" || last == "：" { text.removeLast() }
        return text
    }
}
