import AllotModel

/// Findings about the table's shape: items that cannot be placed, empty subtotals, duplicates.
enum StructureCheck {
    static func findings(_ table: AllocationTable) -> [Finding] {
        var result: [Finding] = []
        let hasSubtotals = table.rows.contains { $0.level == .subtotal }
        let parents = Set(table.rows.compactMap(\.parent))
        for row in table.rows {
            if row.level == .item, row.parent == nil, hasSubtotals {
                result.append(finding(table, row, "unplaced_item", "\(row.name) cannot be placed under a subtotal"))
            }
            if row.level == .subtotal, !parents.contains(row.number) {
                result.append(finding(table, row, "empty_subtotal", "\(row.name) has no items under it"))
            }
        }
        var seen: [String: AllocationRow] = [:]
        for row in table.rows where row.level == .item {
            let key = "\(row.parent ?? 0)|\(row.name)"
            if let first = seen[key] {
                result.append(finding(table, row, "duplicate_row",
                                      "\(row.name) is listed twice under the same parent (rows \(first.number) and \(row.number))"))
            } else {
                seen[key] = row
            }
        }
        return result
    }

    private static func finding(_ table: AllocationTable, _ row: AllocationRow, _ check: String, _ message: String) -> Finding {
        Finding(table: table.index, row: row.number, page: row.page, name: row.name, column: "", check: check,
                message: message)
    }
}
