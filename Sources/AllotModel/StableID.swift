/// Short ids that stay the same from run to run for the same content: a 64-bit FNV-1a hash of the
/// fields that identify a thing, as 16 hex digits with a prefix naming its kind. Not a security
/// hash; an id to cite, join on and track a finding across regenerations.
public enum StableID {
    /// `prefix` + 16 hex digits of the FNV-1a hash of `parts` joined by U+001F (unit separator).
    public static func make(_ prefix: String, _ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
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
