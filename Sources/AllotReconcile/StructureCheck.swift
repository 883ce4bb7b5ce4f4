import AllotModel

/// Findings about the table's shape: items that cannot be placed, empty subtotals, duplicates.
enum StructureCheck {
    static func findings(_ table: AllocationTable) -> [Finding] {
        var result: [Finding] = []
        // An item that cannot be placed under a subtotal is an `incomplete_table` note (see
        // `Completeness`): the rows around it may be misread, so it is no claim about the document.
        let parents = Set(table.rows.compactMap(\.parent))
        for row in table.rows {
            if row.level == .subtotal, !parents.contains(row.number) {
                result.append(finding(table, row, .emptySubtotal))
            }
        }
        // The first row's number, not a copy of the row: copies of every item were most of the heap
        // on a sheet of 50,000 rows.
        var seen: [String: Int] = [:]
        for row in table.rows where row.level == .item && !row.name.isEmpty {
            let key = "\(row.parent ?? 0)|\(row.code)|\(row.name)"
            if let first = seen[key] {
                result.append(finding(table, row, .duplicateRow, [.first: String(first)]))
            } else {
                seen[key] = row.number
            }
        }
        return result
    }

    private static func finding(_ table: AllocationTable, _ row: AllocationRow, _ check: Check,
                                _ slots: [MessageSlot: String] = [:]) -> Finding {
        Finding(check, table: table.index, row: row.number, page: row.page, name: row.name, slots)
    }
}
