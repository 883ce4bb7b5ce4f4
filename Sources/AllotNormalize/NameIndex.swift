/// Elements grouped under a name (a division's name or stem, an alias's former name), each group in
/// the elements' order, looked up by the name's UTF-8 bytes. Every name put in or asked for is in
/// normal form (NFKC, as the catalog's names and `NameNormalizer` give them), so equal bytes are
/// exactly equal strings; hashing and comparing bytes skips the canonical-equivalence path a
/// `String` key takes for each non-ASCII name (the catalog's thousands of names at every start).
struct NameIndex<Element: Sendable>: Sendable {
    private var groups: [Key: [Element]] = [:]

    /// Groups `elements` by `name`.
    init(_ elements: [Element], name: (Element) -> String) {
        groups.reserveCapacity(elements.count)
        for element in elements { groups[Key(name(element)), default: []].append(element) }
    }

    /// The elements under `name`, in their order; empty when none.
    subscript(name: String) -> [Element] { groups[Key(name)] ?? [] }

    /// A name compared and hashed as its UTF-8 bytes.
    private struct Key: Hashable, Sendable {
        var text: String

        init(_ text: String) { self.text = text }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }
    }
}
