import AllotXML

/// An element of a parsed page (names and attribute names lowercase).
typealias HTMLElement = MarkupElement
/// A node of a parsed page: an element or a run of text.
typealias HTMLNode = MarkupNode
