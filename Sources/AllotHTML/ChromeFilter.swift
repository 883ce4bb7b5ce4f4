import AllotModel

/// Tells portal chrome (menus, footers, share buttons, scripts) and hidden elements from content.
struct ChromeFilter: Sendable {
    let settings: HTMLSettings

    /// True when the element and everything in it is left out of the page text.
    func isChrome(_ element: HTMLElement) -> Bool {
        if skipsInText(element) || isHidden(element) { return true }
        if let role = element.attribute("role")?.lowercased(), settings.chromeRoles.contains(role) { return true }
        return Self.words(of: element).contains { word in
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
        return compact.foundationContains("display:none") || compact.foundationContains("visibility:hidden")
    }

    /// The words of the element's class and id (`words(of:)` of both); none, at once, for an element
    /// with neither (most are: a table's cells).
    static func words(of element: HTMLElement) -> [String] {
        let (classes, id) = (element.attribute("class"), element.attribute("id"))
        guard classes != nil || id != nil else { return [] }
        return words(of: (classes ?? "") + " " + (id ?? ""))
    }

    /// Lowercase words of a class or id value, split at anything that is not a letter or digit,
    /// and each class name with its separators dropped ("top-bar" → top, bar, topbar).
    static func words(of value: String) -> [String] {
        asciiWords(of: value) ?? generalWords(of: value)
    }

    /// `words(of:)` of an all-ASCII value (most are: MsoNormal, top-bar), read byte by byte, each
    /// byte a character there; nil for any other value. The general reading cost about 22 K
    /// instructions an element of a page exported from Word.
    static func asciiWords(of value: String) -> [String]? {
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isWord(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        var parts: [String] = [], joined: [String] = []
        var part: [UInt8] = [], token: [UInt8] = []
        for byte in value.utf8 {
            if isWord(byte) {
                let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                part.append(lower)
                token.append(lower)
                continue
            }
            if !part.isEmpty {
                parts.append(String(decoding: part, as: UTF8.self))
                part.removeAll(keepingCapacity: true)
            }
            // Character.isWhitespace of an ASCII character: tab to carriage return, and space.
            if byte == 0x20 || (0x09...0x0D).contains(byte), !token.isEmpty {
                joined.append(String(decoding: token, as: UTF8.self))
                token.removeAll(keepingCapacity: true)
            }
        }
        if !part.isEmpty { parts.append(String(decoding: part, as: UTF8.self)) }
        if !token.isEmpty { joined.append(String(decoding: token, as: UTF8.self)) }
        return parts + joined
    }

    /// `words(of:)` of any value, character by character.
    static func generalWords(of value: String) -> [String] {
        let isWordCharacter: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let lower = value.lowercased()
        let parts = lower.split { !isWordCharacter($0) }.map(String.init)
        let joined = lower.split(whereSeparator: \.isWhitespace).map { String($0.filter(isWordCharacter)) }
        return parts + joined.filter { !$0.isEmpty }
    }
}
