/// A column of a dataset table. Its name is the same in SQLite, in the CSV header, in the data package
/// and in the report's reader; the SQL definition, the CSV field and the Table Schema field are all
/// derived from this one declaration.
public struct DatasetColumn: Hashable, Sendable {
    /// Table Schema type of the column.
    public enum Kind: String, Hashable, Sendable {
        /// Text.
        case string
        /// Whole number, printed without sign or grouping.
        case integer
        /// Exact decimal text ("." as decimal mark, no grouping); TEXT in SQLite, NULL when absent.
        case number
        /// ISO 8601 calendar date (2022-12-06), empty when absent.
        case date
    }

    /// One allowed value of an enumerated column, with its Chinese label.
    public struct Label: Hashable, Sendable {
        /// The stable English identifier written in the data (subtotal, error).
        public var value: String
        /// Its Chinese label (小计, 错误).
        public var zh: String

        /// Creates a label.
        public init(_ value: String, _ zh: String) {
            self.value = value
            self.zh = zh
        }
    }

    /// Column name everywhere: SQLite, CSV header, data package, JSON; never an SQL keyword.
    public var name: String
    /// Table Schema type.
    public var kind: Kind
    /// Whether every row has a non-empty value; an integer column that is not required is empty (NULL)
    /// when it has no value.
    public var required: Bool
    /// Smallest allowed value of an integer column.
    public var minimum: Int?
    /// Regular expression every non-empty value matches as a whole (anchored, as in Table Schema).
    public var pattern: String?
    /// The values of the column with their Chinese labels.
    public var labels: [Label]
    /// Whether `labels` are the only values allowed (an enumeration); otherwise they only name known values.
    public var isEnumeration: Bool
    /// Description in Chinese.
    public var zh: String
    /// Description in English.
    public var en: String
    /// Names the column had in earlier versions of the dataset (read back, and migrated in old stores).
    public var formerNames: [String]
    /// SQL expression (over the old table's columns) filling the column when an older store lacks it.
    var backfill: String?
    /// True for an integer column whose "none" was written 0 by earlier versions and is now empty:
    /// a 0 in an old store or an old CSV file is read as empty.
    var zeroIsEmpty = false

    /// Creates a column.
    public init(_ name: String, _ kind: Kind = .string, required: Bool = false, minimum: Int? = nil,
                pattern: String? = nil, labels: [Label] = [], isEnumeration: Bool = false, formerNames: [String] = [],
                zh: String, en: String) {
        self.name = name
        self.kind = kind
        self.required = required
        self.minimum = minimum
        self.pattern = pattern
        self.labels = labels
        self.isEnumeration = isEnumeration
        self.formerNames = formerNames
        self.zh = zh
        self.en = en
    }

    /// The same column, reading the 0 earlier versions wrote for "none" as empty.
    func emptyWhenZero() -> DatasetColumn {
        var column = self
        column.zeroIsEmpty = true
        return column
    }

    /// The same column filled by `expression` when migrating a store written before it existed.
    func backfilled(by expression: String) -> DatasetColumn {
        var column = self
        column.backfill = expression
        return column
    }

    /// The column's definition in CREATE TABLE. Strings are '' when absent, numbers and optional integers
    /// NULL; amounts are TEXT (exact decimal as printed), never REAL. An optional enumeration also allows ''.
    var sqlDefinition: String {
        let allowed = (required ? [] : [""]) + labels.map(\.value)
        // Comparisons joined by OR, not `IN (…)`: SQLite builds a temporary index for an IN list of
        // more than two constants each time the INSERT runs, which cost more than the row itself.
        let enumeration = isEnumeration
            ? " CHECK (\(allowed.map { "\(name) = '\($0)'" }.joined(separator: " OR ")))" : ""
        switch kind {
        case .integer:
            return "\(name) INTEGER" + (required ? " NOT NULL" : "")
        case .number:
            return "\(name) TEXT CHECK (\(name) IS NULL OR typeof(\(name)) = 'text')"
        case .string, .date:
            return "\(name) TEXT NOT NULL" + (required ? "" : " DEFAULT ''") + enumeration
        }
    }

    /// The value an older store without this column gets, as SQL.
    var sqlFill: String {
        if let backfill { return backfill }
        switch kind {
        case .integer: return required ? "0" : "NULL"
        case .number: return "NULL"
        case .string, .date: return "''"
        }
    }
}
