import AllotModel
import Foundation

/// The declarations a page's `<style>` sheets give to class selectors (`.xl65 { … }`,
/// `td.l2 { … }`), as pages exported from Excel or WPS style their cells; with an element's
/// inline `style`, which wins. Only what the reader asks of a cell's look is read this way: no
/// cascade beyond class and tag.class selectors, no inheritance.
struct StyleRules: Sendable {
    /// Declarations (property → value, both lowercase and trimmed) by class name, and by
    /// "tag.class" for selectors that name the element too.
    private var byClass: [String: [String: String]] = [:]

    /// Sheets longer than this (characters) are read only this far.
    static let maximumSheetLength = 1 << 20

    /// The class rules of every `<style>` element under `root`, in document order.
    static func read(_ root: HTMLElement) -> StyleRules {
        var rules = StyleRules()
        var budget = maximumSheetLength
        collect(root, into: &rules, budget: &budget)
        return rules
    }

    private static func collect(_ element: HTMLElement, into rules: inout StyleRules, budget: inout Int) {
        for child in element.childElements where budget > 0 {
            if child.name == "style" {
                let sheet = String(child.text.prefix(budget))
                budget -= sheet.count
                rules.add(sheet: sheet)
            } else {
                collect(child, into: &rules, budget: &budget)
            }
        }
    }

    /// Adds the rules of one style sheet (comments and at-rules such as @page skipped).
    mutating func add(sheet: String) {
        // Old pages wrap the sheet in an HTML comment (<!-- … -->) to hide it from old browsers.
        var text = sheet.replacingOccurrences(of: "<!--", with: " ").replacingOccurrences(of: "-->", with: " ")
        while let open = text.range(of: "/*") {
            let close = text[open.upperBound...].range(of: "*/")?.upperBound ?? text.endIndex
            text.removeSubrange(open.lowerBound..<close)
        }
        for block in text.split(separator: "}") {
            let parts = block.split(separator: "{", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let declarations = Self.declarations(String(parts[1]))
            guard !declarations.isEmpty else { continue }
            for selector in parts[0].split(separator: ",") {
                let name = selector.trimmedCSS.lowercased()
                guard let key = Self.classKey(name) else { continue }
                byClass[key, default: [:]].merge(declarations) { _, new in new }
            }
        }
    }

    /// "tag.class" or "class" for a selector of that simple form, nil for anything else.
    private static func classKey(_ selector: String) -> String? {
        let pieces = selector.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, !pieces[1].isEmpty,
              (pieces[0] + pieces[1]).allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        return pieces[0].isEmpty ? String(pieces[1]) : "\(pieces[0]).\(pieces[1])"
    }

    /// The declarations that apply to an element: its classes' rules, then its inline style.
    func declarations(of element: HTMLElement) -> [String: String] {
        var result: [String: String] = [:]
        if !byClass.isEmpty, let classes = element.attribute("class")?.lowercased() {
            for name in classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                if let rule = byClass[String(name)] { result.merge(rule) { _, new in new } }
                if let rule = byClass["\(element.name).\(name)"] { result.merge(rule) { _, new in new } }
            }
        }
        if let inline = element.attribute("style") {
            result.merge(Self.declarations(inline)) { _, new in new }
        }
        return result
    }

    /// "padding-left: 2em; text-indent:24px" → [padding-left: 2em, text-indent: 24px].
    static func declarations(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for declaration in text.split(separator: ";") {
            let pair = declaration.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let property = pair[0].trimmedCSS.lowercased()
            var value = pair[1].trimmedCSS.lowercased()
            if let important = value.foundationRange(of: "!important") { value = value[..<important.lowerBound].trimmedCSS }
            guard !property.isEmpty, !value.isEmpty else { continue }
            result[property] = value
        }
        return result
    }
}

extension StringProtocol {
    /// Without the ASCII whitespace around it (found by index: reversing the text twice, as this
    /// did, made each cell's declarations cost about 78 K instructions).
    var trimmedCSS: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{0C}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
