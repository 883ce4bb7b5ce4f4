/// Tunables and vocabulary of the HTML reader (the synthetic page and the table reading are the
/// table stage's, in its GridSettings).
public struct HTMLSettings: Sendable, Hashable {
    /// Bytes searched for a `<meta charset>` or http-equiv content-type declaration.
    public var charsetSniffLength: Int = 4096
    /// Encoding tried when nothing is declared and the bytes are not valid UTF-8; also for pages
    /// that declare GBK, GB2312 and their aliases, which GB18030 decodes identically.
    public var fallbackEncoding: String = "GB18030"

    /// Columns beyond this many are dropped (guards against hostile colspan values).
    public var maximumColumns: Int = 256
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

    /// The defaults.
    public init() {}
}
