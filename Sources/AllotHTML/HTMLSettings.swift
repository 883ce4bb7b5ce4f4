import AllotText
/// Tunables and vocabulary of the HTML reader. Synthetic geometry is in font-size units (em).
public struct HTMLSettings: Sendable, Hashable {
    /// Font size given to every synthetic line and row, in points.
    public var fontSize: Double = 12
    /// Distance between the tops of consecutive lines or rows, in em.
    public var lineAdvance: Double = 1.5
    /// Width of the synthetic text column, in em (GB/T 9704 sets 28 characters per line); longer
    /// lines are squeezed into it so that alignment stays meaningful.
    public var textColumnWidth: Double = 28
    /// Width of one synthetic table column, in em.
    public var columnWidth: Double = 8
    /// Gap between the cells of one body line (a row of a table that is not an allocation table), in em.
    public var cellGap: Double = 1

    /// Bytes searched for a `<meta charset>` or http-equiv content-type declaration.
    public var charsetSniffLength: Int = 4096
    /// Encoding tried when nothing is declared and the bytes are not valid UTF-8; also for pages
    /// that declare GBK, GB2312 and their aliases, which GB18030 decodes identically.
    public var fallbackEncoding: String = "GB18030"

    /// At most this many rows make up a table header.
    public var maximumHeaderRows: Int = 4
    /// Columns beyond this many are dropped (guards against hostile colspan values).
    public var maximumColumns: Int = 256
    /// A title line has at most this many characters (longer lines are prose).
    public var maximumTitleLength: Int = 60

    /// Elements that are never content (not `form`: ASP.NET portals wrap the whole page in one).
    public var skippedElements: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "nav", "footer", "aside", "button",
        "select", "option", "textarea", "input", "iframe", "object", "embed", "svg", "canvas", "menu", "map",
        "audio", "video", "link", "meta",
    ]
    /// class or id words that mark portal chrome (menus, footers, share buttons, breadcrumbs).
    public var chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "footer", "foot", "share", "shares",
        "bdshare", "sharebox", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "sidenav", "topbar",
        "toolbar", "banner", "copyright", "related", "print", "login", "search", "friendlink", "qrcode",
    ]
    /// class or id prefixes that mark portal chrome (bdsharebuttonbox, navlist, menulist).
    public var chromePrefixes: [String] = ["bdshare", "share", "nav", "menu", "breadcrumb", "crumb", "footer"]
    /// ARIA roles that mark portal chrome.
    public var chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "search", "menu", "menubar"]

    /// Header words, shared in meaning with the PDF path.
    public var words = TableVocabulary()

    /// The defaults.
    public init() {}
}
