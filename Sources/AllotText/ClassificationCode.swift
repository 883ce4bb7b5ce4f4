import AllotModel

/// A budget classification code printed on a row: functional (功能分类, 类/款/项 of 3/5/7 digits:
/// 201 → 20106 → 2010601) or economic (经济分类, 类/款 of 3/5 digits: 301 → 30101), printed in one
/// cell ("2010601"), split over 类 | 款 | 项 cells ("201 | 06 | 01"), or in front of the label.
public struct ClassificationCode: Hashable, Sendable {
    /// The code as printed, parts separated by one space when it was split ("201 06 01").
    public var printed: String
    /// The digits alone (2010601).
    public var normalized: String

    /// Creates a code.
    public init(printed: String, normalized: String) {
        self.printed = printed
        self.normalized = normalized
    }

    /// 1 for a 类 (3 digits), 2 for a 款 (5), 3 for a 项 (7).
    public var depth: Int { (normalized.count - 1) / 2 }

    /// The code of the level above (20106 for 2010601), nil for a 类.
    public var parentCode: String? {
        normalized.count > 3 ? String(normalized.dropLast(2)) : nil
    }

    /// Lengths of the parts of a split code: 类 3 digits, 款 and 项 2 each.
    static let partLengths = [3, 2, 2]

    /// Reads a code from the cells of code columns (one cell, or 类 | 款 | 项 cells: "201 | 06 |" is
    /// 20106). Nil when the cells are not a code. In split columns a blank parent cell repeats the
    /// row above's (| 06 | 01 under 201 is 2010601), when `previous` is given.
    public static func fromCells(_ cells: [String], previous: ClassificationCode? = nil) -> ClassificationCode? {
        let digits = cells.map(digitsOnly)
        guard let first = digits.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var parts = digits.filter { !$0.isEmpty }
        guard parts.allSatisfy({ !$0.foundationContains(" ") }) else { return nil }
        if first > 0, cells.count == partLengths.count, let previous {
            let inherited = previous.parts.prefix(first)
            guard inherited.count == first else { return nil }
            parts = Array(inherited) + parts
        }
        return fromParts(parts)
    }

    /// The 类, 款 and 项 parts of the code (201, 06, 01).
    public var parts: [String] {
        var result: [String] = []
        var rest = Substring(normalized)
        for length in Self.partLengths where rest.count >= length {
            result.append(String(rest.prefix(length)))
            rest = rest.dropFirst(length)
        }
        return result
    }

    /// Splits a code printed in front of a label ("2010601 行政运行", "201 06 01行政运行",
    /// "30101基本工资"): the code and the label after it, or nil when the label does not start
    /// with one. The label must go on with a non-digit (so "2022年" or "1.一般" are not codes).
    public static func leading(_ label: String) -> (code: ClassificationCode, rest: String)? {
        var parts: [String] = []
        var current = ""
        var index = label.startIndex
        while index < label.endIndex {
            let character = label[index]
            if let digit = asciiDigit(character) {
                current.append(digit)
            } else if character.isWhitespace || character == "\u{3000}" {
                if !current.isEmpty { parts.append(current); current = "" }
            } else {
                break
            }
            index = label.index(after: index)
        }
        if !current.isEmpty { parts.append(current) }
        let rest = String(label[index...])
        guard !parts.isEmpty, let first = rest.first, !isListMark(first), rest.unicodeScalars.contains(where: {
            $0.properties.isIdeographic
        }), let code = fromParts(parts) else { return nil }
        return (code, rest)
    }

    /// A code from its digit parts: one part of 3, 5 or 7 digits, or 2-3 parts of 3 | 2 | 2.
    private static func fromParts(_ parts: [String]) -> ClassificationCode? {
        if parts.count == 1, let only = parts.first {
            guard [3, 5, 7].contains(only.count) else { return nil }
            return ClassificationCode(printed: only, normalized: only)
        }
        guard parts.count <= partLengths.count,
              zip(parts, partLengths).allSatisfy({ $0.count == $1 }) else { return nil }
        return ClassificationCode(printed: parts.joined(separator: " "), normalized: parts.joined())
    }

    /// Characters that follow a list number, not a code (1. 2、 3）).
    private static func isListMark(_ character: Character) -> Bool {
        [".", "、", ")", "）", "．", "-", "/", "%", ",", "，"].contains(character)
    }

    /// The ASCII digits of a cell (full-width digits mapped), inner spaces kept as one space,
    /// "" when the cell holds anything else.
    private static func digitsOnly(_ cell: String) -> String {
        var result = ""
        for character in cell {
            if let digit = asciiDigit(character) {
                result.append(digit)
            } else if character.isWhitespace || character == "\u{3000}" {
                if !result.isEmpty, result.last != " " { result.append(" ") }
            } else {
                return ""
            }
        }
        return result.hasSuffix(" ") ? String(result.dropLast()) : result
    }

    /// An ASCII digit for a digit character (０-９ mapped), nil otherwise.
    private static func asciiDigit(_ character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return character
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? "0")
        default: return nil
        }
    }
}
