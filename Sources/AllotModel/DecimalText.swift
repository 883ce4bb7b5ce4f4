import Foundation

/// A Decimal printed as `description` prints it ("-1234.5", "0.05", "120"), built from the value's
/// digits without Foundation's String work (a `description` costs about 10K instructions, and the
/// store prints every relation's stated, computed and difference figures).
public enum DecimalText {
    /// The text `value.description` gives, byte for byte. Mantissas wider than 64 bits (more than
    /// 19 digits, never printed in a notice) go through `description` itself, as does everything
    /// when the value's layout is not the one read here (checked once on known values).
    public static func of(_ value: Decimal) -> String {
        var bytes: [UInt8] = []
        guard write(value, to: &bytes) else { return value.description }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `of(value)` to `bytes`, without making the String; false, with
    /// nothing appended, for the values only `description` prints (zero, NaN, mantissas wider than
    /// 64 bits, an unknown layout).
    public static func write(_ value: Decimal, to bytes: inout [UInt8]) -> Bool {
        guard layoutIsKnown, !value.isNaN, let parts = Parts(value), parts.mantissa != 0 else { return false }
        // Foundation's algorithm, on bytes: digits from the least significant, the point placed by
        // the exponent, then reversed. At most 20 digits, 128 zeros (the exponent is an Int8), a
        // point, a zero and a sign: 151 bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 160) { reversed in
            var count = 0
            func push(_ byte: UInt8) {
                guard count < reversed.count else { return }
                reversed[count] = byte
                count += 1
            }
            var mantissa = parts.mantissa
            var exponent = parts.exponent
            while exponent > 0 {
                push(UInt8(ascii: "0"))
                exponent -= 1
            }
            if exponent == 0 { exponent = 1 }
            while mantissa != 0 {
                if exponent == 0 { push(UInt8(ascii: ".")) }
                exponent += 1
                let (quotient, remainder) = mantissa.quotientAndRemainder(dividingBy: 10)
                mantissa = quotient
                push(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: remainder))
            }
            if exponent <= 0 {
                while exponent != 0 {
                    push(UInt8(ascii: "0"))
                    exponent += 1
                }
                push(UInt8(ascii: "."))
                push(UInt8(ascii: "0"))
            }
            if parts.negative { push(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeMutableBufferPointer(rebasing: reversed[..<count]).reversed())
        }
        return true
    }

    /// A Decimal's exponent, sign and mantissa (when it fits 64 bits) read from its 20 bytes: exponent
    /// (Int8), length (high 4 bits) and sign (bit 3), two reserved bytes, eight 16-bit words, least
    /// significant first. Foundation keeps these fields internal.
    struct Parts: Equatable {
        var exponent: Int
        var negative: Bool
        var mantissa: UInt64

        init(exponent: Int, negative: Bool, mantissa: UInt64) {
            (self.exponent, self.negative, self.mantissa) = (exponent, negative, mantissa)
        }

        init?(_ value: Decimal) {
            guard let parts = withUnsafeBytes(of: value, { bytes -> Parts? in
                guard bytes.count == 20 else { return nil }
                let length = Int(bytes[1] >> 4)
                guard length <= 4 else { return nil }
                var mantissa: UInt64 = 0
                for word in stride(from: length - 1, through: 0, by: -1) {
                    mantissa = mantissa << 16 | UInt64(bytes[4 + 2 * word + 1]) << 8 | UInt64(bytes[4 + 2 * word])
                }
                return Parts(exponent: Int(Int8(bitPattern: bytes[0])), negative: bytes[1] & 0x08 != 0,
                             mantissa: mantissa)
            }) else { return nil }
            self = parts
        }
    }

    /// Whether values whose fields are known through the public API read back as those fields.
    static let layoutIsKnown: Bool = {
        let samples: [(Decimal, Parts)] = [
            (Decimal(sign: .minus, exponent: -2, significand: 70_001), Parts(exponent: -2, negative: true, mantissa: 70_001)),
            (Decimal(sign: .plus, exponent: 3, significand: 5), Parts(exponent: 3, negative: false, mantissa: 5)),
            (Decimal(UInt64.max), Parts(exponent: 0, negative: false, mantissa: UInt64.max)),
            (Decimal(), Parts(exponent: 0, negative: false, mantissa: 0)),
        ]
        return samples.allSatisfy { value, parts in Parts(value) == parts && value.exponent == parts.exponent }
    }()
}

extension DecimalText.Parts {
    /// The Decimal `Decimal(sign:exponent:significand: Decimal(mantissa))` gives, bit for bit, written
    /// straight into the layout `init?(_:)` reads (that call cost about 160 instructions, and every
    /// read of an amount's value makes one): Foundation's compact form, the mantissa's trailing zeros
    /// moved into the exponent. Nil for a zero mantissa, an exponent outside Int8, or when values
    /// written so are not those Foundation makes (checked once on known values).
    var compactDecimal: Decimal? {
        guard Self.writtenLayoutIsKnown else { return nil }
        return written
    }

    /// `compactDecimal`, unchecked.
    private var written: Decimal? {
        guard mantissa != 0 else { return nil }
        var mantissa = mantissa
        var exponent = exponent
        while mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        guard let exponentByte = Int8(exactly: exponent) else { return nil }
        let words = mantissa >> 48 != 0 ? 4 : mantissa >> 32 != 0 ? 3 : mantissa >> 16 != 0 ? 2 : 1
        // Exponent, then length (high 4 bits), sign (bit 3) and compact (bit 2), then two reserved
        // bytes; the mantissa's words from byte 4, least significant first (the bytes of a
        // little-endian UInt64), the other four zero.
        let header = UInt32(UInt8(bitPattern: exponentByte)) | UInt32(words << 4 | (negative ? 0x08 : 0) | 0x04) << 8
        var value = Decimal()
        withUnsafeMutableBytes(of: &value) { bytes in
            guard bytes.count == 20 else { return }
            bytes.storeBytes(of: header.littleEndian, toByteOffset: 0, as: UInt32.self)
            bytes.storeBytes(of: mantissa.littleEndian, toByteOffset: 4, as: UInt64.self)
        }
        return value
    }

    /// Whether values written by `written` are bit for bit those Foundation makes of the same parts.
    private static let writtenLayoutIsKnown: Bool = {
        let samples: [(UInt64, Int, Bool)] = [(1, 0, false), (1250, -2, true), (70_001, -2, true), (100, 3, false),
                                               (65_536, -5, false), (1 << 48 | 7, -19, true), (UInt64.max, -19, false)]
        return samples.allSatisfy { mantissa, exponent, negative in
            let made = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa))
            guard let written = Self(exponent: exponent, negative: negative, mantissa: mantissa).written else { return false }
            return withUnsafeBytes(of: made) { mine in withUnsafeBytes(of: written) { mine.elementsEqual($0) } }
        }
    }()
}
