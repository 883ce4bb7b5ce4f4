/// A field of a dataset table: its CSV name, SQLite column, Table Schema type and bilingual description.
public struct DatasetField: Hashable, Sendable {
    /// Table Schema type of the field.
    public enum Kind: String, Hashable, Sendable {
        /// Text.
        case string
        /// Whole number, printed without sign or grouping.
        case integer
        /// Exact decimal text ("." as decimal mark, no grouping); stored as TEXT in SQLite.
        case number
        /// ISO 8601 calendar date (2022-12-06).
        case date
    }

    /// Column name in the CSV file and in the data package.
    public var name: String
    /// Column name in the SQLite table (differs where the CSV name is an SQL keyword: table, row, column, check).
    public var column: String
    /// Table Schema type.
    public var kind: Kind
    /// Whether every row has a non-empty value.
    public var required: Bool
    /// Smallest allowed value of an integer field.
    public var minimum: Int?
    /// Regular expression every non-empty value matches as a whole (implicitly anchored, as in Table Schema).
    public var pattern: String?
    /// The only allowed values, when the field is an enumeration.
    public var values: [String]?
    /// Description in Chinese.
    public var zh: String
    /// Description in English.
    public var en: String

    /// Creates a field; `column` defaults to `name`.
    public init(_ name: String, column: String? = nil, _ kind: Kind = .string, required: Bool = false,
                minimum: Int? = nil, pattern: String? = nil, values: [String]? = nil, zh: String, en: String) {
        self.name = name
        self.column = column ?? name
        self.kind = kind
        self.required = required
        self.minimum = minimum
        self.pattern = pattern
        self.values = values
        self.zh = zh
        self.en = en
    }
}
