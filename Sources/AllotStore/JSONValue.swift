import Foundation

/// A JSON document built in code and printed with sorted keys, so equal values print to equal bytes.
public indirect enum JSONValue: Encodable, Hashable, Sendable {
    /// A string.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// true or false.
    case bool(Bool)
    /// null.
    case null
    /// An array.
    case array([JSONValue])
    /// An object; its keys are printed sorted.
    case object([String: JSONValue])

    /// Encodes the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .string(value): try container.encode(value)
        case let .integer(value): try container.encode(value)
        case let .bool(value): try container.encode(value)
        case .null: try container.encodeNil()
        case let .array(value): try container.encode(value)
        case let .object(value): try container.encode(value)
        }
    }

    /// Pretty-printed UTF-8 with sorted keys, unescaped slashes and a final line end: what
    /// `JSONEncoder` prints with those options, written directly (JSONEncoder cost about 12M
    /// instructions for the data package descriptor); through JSONEncoder when an object has a
    /// key outside ASCII, whose order is left to it.
    public func rendered() -> Data {
        var bytes: [UInt8] = []
        if write(to: &bytes, indent: 0) {
            bytes.append(UInt8(ascii: "\n"))
            return Data(bytes)
        }
        return encoded()
    }

    /// `rendered` through JSONEncoder.
    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, integers and booleans into containers cannot fail.
        var data = (try? encoder.encode(self)) ?? Data("null".utf8)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Appends the value as JSONEncoder prints it at `indent` levels (two spaces each); false when
    /// an object holds a key outside ASCII.
    private func write(to bytes: inout [UInt8], indent: Int) -> Bool {
        switch self {
        case let .string(text): Self.write(string: text, to: &bytes)
        case let .integer(number): bytes.append(contentsOf: String(number).utf8)
        case let .bool(value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case let .array(elements):
            bytes.append(UInt8(ascii: "["))
            bytes.append(UInt8(ascii: "\n"))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                Self.indent(indent + 1, to: &bytes)
                guard element.write(to: &bytes, indent: indent + 1) else { return false }
            }
            // An empty array prints an empty line between its brackets, as JSONEncoder does.
            bytes.append(UInt8(ascii: "\n"))
            Self.indent(indent, to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        case let .object(members):
            guard members.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return false }
            bytes.append(UInt8(ascii: "{"))
            bytes.append(UInt8(ascii: "\n"))
            // ASCII keys: their byte order is JSONEncoder's sorted order, and String's order (the
            // order of their scalars), which compares ASCII a block of bytes at a time. The members
            // are sorted with their values, not looked up again by key.
            for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                Self.indent(indent + 1, to: &bytes)
                Self.write(string: member.key, to: &bytes)
                bytes.append(contentsOf: " : ".utf8)
                guard member.value.write(to: &bytes, indent: indent + 1) else { return false }
            }
            bytes.append(UInt8(ascii: "\n"))
            Self.indent(indent, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        return true
    }

    private static func indent(_ levels: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * levels))
    }

    /// A JSON string as JSONEncoder escapes it: quote, backslash and control characters (\b \t \n
    /// \f \r by name, the others as \u00xx); slashes and everything else as UTF-8, copied a run of
    /// bytes at a time between the bytes escaped.
    private static func write(string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var run = 0
            for (index, byte) in utf8.enumerated() where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                escape(byte, to: &bytes)
                run = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of a quote, a backslash or a control character.
    private static func escape(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
        case 0x08: bytes.append(contentsOf: "\\b".utf8)
        case 0x09: bytes.append(contentsOf: "\\t".utf8)
        case 0x0A: bytes.append(contentsOf: "\\n".utf8)
        case 0x0C: bytes.append(contentsOf: "\\f".utf8)
        case 0x0D: bytes.append(contentsOf: "\\r".utf8)
        default:
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(hexDigit(byte >> 4))
            bytes.append(hexDigit(byte & 0xF))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
