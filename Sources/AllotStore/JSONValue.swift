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

    /// Pretty-printed UTF-8 with sorted keys, unescaped slashes and a final line end.
    public func rendered() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, integers and booleans into containers cannot fail.
        var data = (try? encoder.encode(self)) ?? Data("null".utf8)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
