/// Tells portal chrome (menus, footers, share buttons, scripts) and hidden elements from content.
struct ChromeFilter: Sendable {
    let settings: HTMLSettings

    /// True when the element and everything in it is left out of the page text.
    func isChrome(_ element: HTMLElement) -> Bool {
        if skipsInText(element) || isHidden(element) { return true }
        if let role = element.attribute("role")?.lowercased(), settings.chromeRoles.contains(role) { return true }
        let words = (element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "")
        return Self.words(of: words).contains { word in
            settings.chromeWords.contains(word) || settings.chromePrefixes.contains { word.hasPrefix($0) }
        }
    }

    /// Elements that never carry content, wherever they are (scripts, styles, navigation, forms).
    func skipsInText(_ element: HTMLElement) -> Bool {
        settings.skippedElements.contains(element.name)
    }

    /// True for `hidden`, `aria-hidden="true"` and inline `display:none` / `visibility:hidden`.
    func isHidden(_ element: HTMLElement) -> Bool {
        if element.attribute("hidden") != nil || element.attribute("aria-hidden")?.lowercased() == "true" {
            return true
        }
        guard let style = element.attribute("style") else { return false }
        let compact = String(style.lowercased().unicodeScalars.filter { !HTMLText.isCollapsible($0) })
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Lowercase words of a class or id value, split at anything that is not a letter or digit,
    /// and each class name with its separators dropped ("top-bar" → top, bar, topbar).
    static func words(of value: String) -> [String] {
        let isWordCharacter: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let lower = value.lowercased()
        let parts = lower.split { !isWordCharacter($0) }.map(String.init)
        let joined = lower.split(whereSeparator: \.isWhitespace).map { String($0.filter(isWordCharacter)) }
        return parts + joined.filter { !$0.isEmpty }
    }
}
