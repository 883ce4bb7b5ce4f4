/// A node of a parsed document: an element or a run of text.
public enum MarkupNode: Sendable, Equatable {
    case element(MarkupElement)
    case text(String)
}

/// An element of a parsed HTML page or XML part, converted from libxml2's tree. HTML names and
/// attribute names are lowercase; XML names are local names (without namespace prefix) as written.
public struct MarkupElement: Sendable, Equatable {
    /// Element name.
    public var name: String
    /// Attributes by (local) name.
    public var attributes: [String: String]
    /// Children in document order.
    public var children: [MarkupNode]

    /// Creates an element.
    public init(name: String, attributes: [String: String] = [:], children: [MarkupNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of an attribute, nil when absent.
    public func attribute(_ name: String) -> String? { attributes[name] }

    /// The child elements, in order.
    public var childElements: [MarkupElement] {
        children.compactMap { if case let .element(element) = $0 { element } else { nil } }
    }

    /// The first child element named `name`.
    public func child(_ name: String) -> MarkupElement? {
        childElements.first { $0.name == name }
    }

    /// The child elements named `name`, in order.
    public func children(_ name: String) -> [MarkupElement] {
        childElements.filter { $0.name == name }
    }

    /// The concatenated text of the element and its descendants.
    public var text: String {
        children.reduce(into: "") { text, child in
            switch child {
            case let .text(value): text += value
            case let .element(element): text += element.text
            }
        }
    }

    /// True when some descendant element (not the element itself) satisfies `predicate`.
    public func containsDescendant(where predicate: (MarkupElement) -> Bool) -> Bool {
        childElements.contains { predicate($0) || $0.containsDescendant(where: predicate) }
    }
}
