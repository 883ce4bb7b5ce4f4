/// Short ids that stay the same from run to run for the same content: a 64-bit FNV-1a hash of the
/// fields that identify a thing, as 16 hex digits with a prefix naming its kind. Not a security
/// hash; an id to cite, join on and track a finding across regenerations.
public enum StableID {
    /// `prefix` + 16 hex digits of the FNV-1a hash of `parts` joined by U+001F (unit separator).
    public static func make(_ prefix: String, _ parts: [String]) -> String {
        var hash = Hash()
        for part in parts { hash.add(part) }
        return hash.id(prefix)
    }

    /// The hash of parts given one at a time: ids whose first parts are the same (the cells of one
    /// row) hash those once and go on from a copy.
    public struct Hash: Sendable {
        private static let prime: UInt64 = 0x0000_0100_0000_01b3
        private var value: UInt64 = 0xcbf2_9ce4_8422_2325
        private var parts = 0

        /// No part yet.
        public init() {}

        /// Hashes `part` (after the separator when a part came before), in place: no joined copy.
        /// Its contiguous bytes when it has them (a small string's copied out once), not the UTF-8
        /// view walked a byte at a time (about six times the instructions).
        public mutating func add(_ part: String) {
            if parts > 0 { value = (value ^ 0x1F) &* Self.prime }
            parts += 1
            let start = value
            let hashed = part.utf8.withContiguousStorageIfAvailable { bytes in
                var value = start
                for byte in bytes { value = (value ^ UInt64(byte)) &* Self.prime }
                return value
            }
            if let hashed {
                value = hashed
            } else {
                for byte in part.utf8 { value = (value ^ UInt64(byte)) &* Self.prime }
            }
        }

        /// Hashes the decimal digits of `number` as a part, what `add(String(number))` hashes,
        /// without making the String.
        public mutating func add(number: Int) {
            if parts > 0 { value = (value ^ 0x1F) &* Self.prime }
            parts += 1
            if number < 0 { value = (value ^ UInt64(UInt8(ascii: "-"))) &* Self.prime }
            var magnitude = number.magnitude
            var divisor: UInt = 1
            while magnitude / divisor >= 10 { divisor *= 10 }
            repeat {
                value = (value ^ (UInt64(magnitude / divisor) &+ UInt64(UInt8(ascii: "0")))) &* Self.prime
                magnitude %= divisor
                divisor /= 10
            } while divisor > 0
        }

        /// The 64-bit FNV-1a hash of the parts added (what `id` writes in hex).
        public var bits: UInt64 { value }

        /// `prefix` + 16 hex digits of the hash of the parts added.
        public func id(_ prefix: String) -> String {
            var text: [UInt8] = []
            text.reserveCapacity(prefix.utf8.count + 16)
            write(prefix, to: &text)
            return String(decoding: text, as: UTF8.self)
        }

        /// Appends the UTF-8 bytes of `id(prefix)` to `bytes`, without making the String: the hex
        /// digits written into a buffer of their own and appended at once (appended one by one,
        /// each checked the array's room, they cost about five times as much).
        public func write(_ prefix: String, to bytes: inout [UInt8]) {
            bytes.append(contentsOf: prefix.utf8)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { digits in
                for index in digits.indices {
                    let digit = UInt8(truncatingIfNeeded: (value >> UInt64(60 - 4 * index)) & 0xF)
                    digits[index] = digit < 10 ? 0x30 + digit : 0x57 + digit
                }
                bytes.append(contentsOf: UnsafeBufferPointer(digits))
            }
        }
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
