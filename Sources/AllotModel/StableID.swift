/// Short ids that stay the same from run to run for the same content: a 64-bit FNV-1a hash of the
/// fields that identify a thing, as 16 hex digits with a prefix naming its kind. Not a security
/// hash; an id to cite, join on and track a finding across regenerations.
public enum StableID {
    /// `prefix` + 16 hex digits of the FNV-1a hash of `parts` joined by U+001F (unit separator).
    public static func make(_ prefix: String, _ parts: [String]) -> String {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // The parts' bytes with the separator between them, hashed in place (no joined copy).
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = (hash ^ 0x1F) &* prime }
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        }
        var text: [UInt8] = []
        text.reserveCapacity(prefix.utf8.count + 16)
        text.append(contentsOf: prefix.utf8)
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: (hash >> UInt64(shift)) & 0xF)
            text.append(digit < 10 ? 0x30 + digit : 0x57 + digit)
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension Finding {
    /// The finding's stable id (`f` + 16 hex): from its notice, check, table, column, row label and
    /// message (which names a page or rows where those tell findings apart), not from its row number,
    /// so the same misprint keeps its id when the dataset is regenerated or a row is inserted above.
    public func stableID(notice: String) -> String {
        StableID.make("f", [notice, check.rawValue, String(table), column, name, message])
    }
}
