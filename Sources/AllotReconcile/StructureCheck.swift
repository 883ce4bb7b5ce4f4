import AllotModel

/// Findings about the table's shape: items that cannot be placed, empty subtotals, duplicates.
enum StructureCheck {
    /// `hierarchyVouched`: the table's vertical sums are confirmed, or none could be evaluated (the
    /// parents read are then not contradicted by the table's own figures).
    static func findings(_ table: AllocationTable, hierarchyVouched: Bool = true) -> [Finding] {
        var result: [Finding] = []
        // An item that cannot be placed under a subtotal is an `incomplete_table` note (see
        // `Completeness`): the rows around it may be misread, so it is no claim about the document.
        let parents = Set(table.rows.compactMap(\.parent))
        for row in table.rows {
            if row.level == .subtotal, !parents.contains(row.number) {
                result.append(finding(table, row, .emptySubtotal))
            }
        }
        result += duplicates(table, hierarchyVouched: hierarchyVouched)
        return result
    }

    /// An item listed again under the same parent with the same code and label, against the first
    /// row that lists it, in row order. "The same parent" is a claim about the document only when
    /// the structure vouches for it: the hierarchy is vouched (`hierarchyVouched`), or the rows carry
    /// a printed code. Where the table's sums refute the hierarchy read (行政运行 under 人大事务 and
    /// again under 财政事务, read as one flat list), a repeated name is reported only when the row
    /// truly repeats: the same amounts, printed in at least one column, and not right under the first
    /// (a 款 with one 项 of its own name and amounts, 城乡社区规划与管理 over 城乡社区规划与管理, prints
    /// exactly that). A table not read as fiscal (`AllocationTable.isFiscal`) compares only rows
    /// with a code or a resolved division. The items' positions are sorted by (parent, code, label,
    /// position), so each run of equal keys starts at the first row: 4 bytes an item, where a map of
    /// every item's key was 60 bytes a row of a large sheet (the heap's peak of `allot check`).
    private static func duplicates(_ table: AllocationTable, hierarchyVouched: Bool) -> [Finding] {
        let rows = table.rows
        var items: [Int32] = []
        items.reserveCapacity(rows.count)
        // In a table that is not read as fiscal (no money unit, no recognized kind: a score sheet, a
        // list of names), a name printed twice is no claim about money: only rows that name a code
        // or a place resolved to a division are compared.
        let fiscal = table.isFiscal
        for index in rows.indices where rows[index].level == .item && !rows[index].name.isEmpty {
            guard fiscal || !rows[index].code.isEmpty || !rows[index].divisionCode.isEmpty else { continue }
            if let position = Int32(exactly: index) { items.append(position) }
        }
        func key(_ position: Int32) -> (parent: Int, code: String, name: String) {
            let row = rows[Int(position)]
            return (row.parent ?? 0, row.code, row.name)
        }
        items.sort { left, right in
            let (a, b) = (key(left), key(right))
            if a.parent != b.parent { return a.parent < b.parent }
            if a.code != b.code { return a.code < b.code }
            if a.name != b.name { return a.name < b.name }
            return left < right
        }
        var repeated: [(position: Int32, first: Int)] = []
        var first = 0
        for index in items.indices {
            if index > 0, key(items[index - 1]) == key(items[index]) {
                let (original, again) = (Int(items[first]), Int(items[index]))
                guard hierarchyVouched || !rows[again].code.isEmpty || repeatsExactly(rows, original, again) else { continue }
                repeated.append((items[index], rows[original].number))
            } else {
                first = index
            }
        }
        repeated.sort { $0.position < $1.position }
        return repeated.map { finding(table, rows[Int($0.position)], .duplicateRow, [.first: String($0.first)]) }
    }

    /// True when the row at `again` prints the same amounts as the one at `original` (at least one)
    /// and does not follow it directly: 其中 rows (a breakdown of the row above) between them do not
    /// count, a 款's one 项 may come after them.
    private static func repeatsExactly(_ rows: [AllocationRow], _ original: Int, _ again: Int) -> Bool {
        guard original < again, rows[original].rowAmounts == rows[again].rowAmounts,
              rows[original].rowAmounts.hasAmount else { return false }
        return rows[(original + 1)..<again].contains { $0.hierarchySignal != .breakdown }
    }

    private static func finding(_ table: AllocationTable, _ row: AllocationRow, _ check: Check,
                                _ slots: [MessageSlot: String] = [:]) -> Finding {
        Finding(check, table: table.index, row: row.number, page: row.page, name: row.name, slots)
    }
}
