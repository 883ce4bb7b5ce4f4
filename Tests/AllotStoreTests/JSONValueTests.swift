@testable import AllotStore
import Foundation
import XCTest

/// `JSONValue.rendered` writes JSON itself: it must print what JSONEncoder prints with the same
/// options, byte for byte, for the data package descriptors and for generated documents.
final class JSONValueTests: XCTestCase {
    private func assertSame(_ value: JSONValue, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(String(decoding: value.rendered(), as: UTF8.self), String(decoding: value.encoded(), as: UTF8.self),
                       file: file, line: line)
    }

    func testDescriptorsPrintAsJSONEncoderPrintsThem() throws {
        for excel in [false, true] {
            let descriptor = DataPackage.descriptor(excel: excel)
            let value = try JSONDecoder().decode(Decoded.self, from: descriptor).value
            XCTAssertEqual(value.rendered(), value.encoded())
            XCTAssertEqual(descriptor, value.encoded())
        }
    }

    func testScalarsEmptyContainersAndEscapes() {
        let controls = String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) })
        for value: JSONValue in [.null, .bool(true), .bool(false), .integer(Int.min), .integer(0), .integer(42),
                                 .string(""), .string(controls), .string("a/b \"q\" \\ é 合计 \u{2028} \u{7F} 😀"),
                                 .array([]), .object([:]), .array([.array([]), .object([:])]),
                                 .object(["B": .integer(1), "a": .integer(2), "A10": .null, "A9": .bool(true),
                                          "_x": .string("/"), "key \"q\"": .array([.string("\n")])])] {
            assertSame(value)
        }
        // Keys outside ASCII are ordered by JSONEncoder itself.
        assertSame(.object(["合计": .integer(1), "b": .integer(2), "é": .integer(3)]))
    }

    func testGeneratedDocuments() {
        // A linear congruential sequence (Knuth's MMIX constants): the same documents every run.
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let keys = ["a", "B", "b", "A", "name", "Name", "n2", "n10", "_", "x-y", "x y", "z/", "Z\"", "ab", "aB", "Ab"]
        let words = ["", "资金", "a/b", "\"", "\\", "\t", "\u{1}", "\u{1F}", "é", "😀", " ", "\r\n", "1,234.5"]
        func value(_ depth: Int) -> JSONValue {
            switch next(depth > 3 ? 4 : 6) {
            case 0: return .string((0..<next(4)).map { _ in words[next(words.count)] }.joined())
            case 1: return .integer(next(2_000_001) - 1_000_000)
            case 2: return .bool(next(2) == 0)
            case 3: return .null
            case 4: return .array((0..<next(4)).map { _ in value(depth + 1) })
            default:
                var members: [String: JSONValue] = [:]
                for _ in 0..<next(5) { members[keys[next(keys.count)]] = value(depth + 1) }
                return .object(members)
            }
        }
        for _ in 0..<2_000 { assertSame(value(0)) }
    }
}

/// Reads a JSON document back into a JSONValue (integers, strings, booleans, null, arrays, objects).
private struct Decoded: Decodable {
    let value: JSONValue

    init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !array.isAtEnd { elements.append(try array.decode(Decoded.self).value) }
            value = .array(elements)
        } else if let object = try? decoder.container(keyedBy: Key.self) {
            var members: [String: JSONValue] = [:]
            for key in object.allKeys { members[key.stringValue] = try object.decode(Decoded.self, forKey: key).value }
            value = .object(members)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                value = .null
            } else if let flag = try? single.decode(Bool.self) {
                value = .bool(flag)
            } else if let number = try? single.decode(Int.self) {
                value = .integer(number)
            } else {
                value = .string(try single.decode(String.self))
            }
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
