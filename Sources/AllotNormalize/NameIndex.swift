import AllotModel

/// Elements grouped under a name (a division's name or stem, an alias's former name), each group in
/// the elements' order, looked up by the name's UTF-8 bytes. Every name put in or asked for is in
/// normal form (NFKC, as the catalog's names and `NameNormalizer` give them), so equal bytes are
/// exactly equal strings; hashing and comparing bytes skips the canonical-equivalence path a
/// `String` key takes for each non-ASCII name (the catalog's thousands of names at every start).
/// A group is a chain of positions, not an array of its own: one table entry a name, no allocation.
struct NameIndex<Element: Sendable>: Sendable {
    private let elements: [Element]
    /// Position of the first element under each name.
    private var first: [Key: Int] = [:]
    /// Position of the next element under the same name; -1 after a group's last.
    private var next: [Int]

    /// Groups `elements` by `name`.
    init(_ elements: [Element], name: (Element) -> String) {
        self.elements = elements
        next = Array(repeating: -1, count: elements.count)
        first.reserveCapacity(elements.count)
        // From the last element back, so that each group's chain runs in the elements' order.
        for position in elements.indices.reversed() {
            next[position] = first.updateValue(position, forKey: Key(name(elements[position]))) ?? -1
        }
    }

    /// The elements under `name`, in their order; empty when none.
    subscript(name: String) -> [Element] {
        var group: [Element] = []
        var position = first[Key(name)] ?? -1
        while position >= 0 {
            group.append(elements[position])
            position = next[position]
        }
        return group
    }

    /// A name compared and hashed as its UTF-8 bytes. Their FNV-1a hash is computed once, when the
    /// key is made: the table hashes only that word (not the bytes through SipHash at each probe),
    /// and keys with different hashes differ without their bytes being compared. At every start the
    /// resolver files 3,300 names; 640 instructions a name hashing and comparing the bytes.
    private struct Key: Hashable, Sendable {
        var text: String
        var bytesHash: UInt64

        init(_ text: String) {
            var hash = StableID.Hash()
            hash.add(text)
            bytesHash = hash.bits
            self.text = text
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytesHash)
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.bytesHash == rhs.bytesHash && lhs.text.utf8.count == rhs.text.utf8.count
                && lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }
    }
}
