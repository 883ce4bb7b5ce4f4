import Foundation
import GRDB

/// A cell of the dataset as SQLite stores it and CSV prints it.
enum DatasetValue: Hashable, Sendable {
    /// Text, including exact decimal amounts.
    case text(String)
    /// A whole number (table, row, page, counts).
    case integer(Int)
    /// No value: an empty or dash amount cell, or a finding without arithmetic.
    case null

    /// Exact decimal text, or null.
    init(_ decimal: Decimal?) {
        self = decimal.map { .text(DatasetCSV.text($0)) } ?? .null
    }

    /// The CSV field: null prints as the empty field.
    var csv: String {
        switch self {
        case let .text(text): text
        case let .integer(number): "\(number)"
        case .null: ""
        }
    }

    /// A value read back from SQLite. The schema holds no REAL; should one appear it prints in Swift's shortest form.
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case let .int64(number): self = .integer(Int(number))
        case let .double(number): self = .text("\(number)")
        case let .string(text): self = .text(text)
        case let .blob(data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }
}
