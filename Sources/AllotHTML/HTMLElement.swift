/// A node of a parsed page: an element or a run of text.
enum HTMLNode: Sendable, Equatable {
    case element(HTMLElement)
    case text(String)
}

/// An element of a parsed page, converted from libxml2's tree (names and attribute names lowercase).
struct HTMLElement: Sendable, Equatable {
    var name: String
    var attributes: [String: String] = [:]
    var children: [HTMLNode] = []

    /// The value of an attribute, nil when absent.
    func attribute(_ name: String) -> String? { attributes[name] }

    /// The child elements, in order.
    var childElements: [HTMLElement] {
        children.compactMap { if case let .element(element) = $0 { element } else { nil } }
    }

    /// True when some descendant element (not the element itself) satisfies `predicate`.
    func containsDescendant(where predicate: (HTMLElement) -> Bool) -> Bool {
        childElements.contains { predicate($0) || $0.containsDescendant(where: predicate) }
    }
}
