/// The differences in one table between two datasets, rows matched by a key rather than by position.
public struct TableDiff: Hashable, Sendable {
    /// A row only one dataset has.
    public struct Entry: Hashable, Sendable {
        /// What the row is about (notice, table, region, column).
        public var label: String
        /// Its main value (the amount of an allocation, the title of a notice).
        public var value: String
    }

    /// A field whose value differs.
    public struct FieldChange: Hashable, Sendable {
        /// CSV field name.
        public var field: String
        /// Value in the old dataset.
        public var old: String
        /// Value in the new dataset.
        public var new: String
    }

    /// A row both datasets have, with different values.
    public struct Change: Hashable, Sendable {
        /// What the row is about.
        public var label: String
        /// The differing fields, in header order.
        public var fields: [FieldChange]
        /// True when only its position (row number, page) changed.
        public var isMove: Bool
    }

    /// Which table.
    public var table: DatasetTable
    /// Rows only in the new dataset, in its order.
    public var added: [Entry] = []
    /// Rows only in the old dataset, in its order.
    public var removed: [Entry] = []
    /// Rows in both with different values, in the new dataset's order.
    public var changed: [Change] = []

    /// True when the table has no differences.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Compares `old` and `new` rows of `table` by the table's diff key.
    init(_ table: DatasetTable, old: CSVTable, new: CSVTable) {
        self.table = table
        let key = DiffKey(table)
        let oldRows = Self.keyed(old, by: key)
        let newRows = Self.keyed(new, by: key)
        let oldByKey = Dictionary(oldRows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(newRows.map(\.key))
        let compared = (new.header + old.header.filter { !new.header.contains($0) })
            .filter { !key.fields.contains($0) }
        for row in newRows {
            guard let before = oldByKey[row.key] else {
                added.append(Entry(label: row.label, value: key.value(row.fields)))
                continue
            }
            let fields = compared.compactMap { name -> FieldChange? in
                let (was, now) = (before.fields[name] ?? "", row.fields[name] ?? "")
                return was == now ? nil : FieldChange(field: name, old: was, new: now)
            }
            if !fields.isEmpty {
                changed.append(Change(label: row.label, fields: fields,
                                      isMove: fields.allSatisfy { key.position.contains($0.field) }))
            }
        }
        removed = oldRows.filter { !newKeys.contains($0.key) }
            .map { Entry(label: $0.label, value: key.value($0.fields)) }
    }

    private struct KeyedRow {
        var key: [String]
        var label: String
        var fields: [String: String]
    }

    /// Rows with their keys; a key repeated within the table gets its occurrence number (#2, #3…).
    private static func keyed(_ csv: CSVTable, by key: DiffKey) -> [KeyedRow] {
        var seen: [[String]: Int] = [:]
        return csv.rows.map { values in
            let fields = Dictionary(zip(csv.header, values).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
            var parts = key.parts(fields)
            var label = key.label(fields)
            let occurrence = (seen[parts] ?? 0) + 1
            seen[parts] = occurrence
            if occurrence > 1 {
                parts.append("#\(occurrence)")
                label += " #\(occurrence)"
            }
            return KeyedRow(key: parts, label: label, fields: fields)
        }
    }
}
