import AllotModel

extension AllocationColumns {
    /// The cells of `notice` encoded for the store: the rows `forEachRecord` gives, value for value,
    /// in its order (`PreparedRowsTests` holds the two to each other). What a printed row's cells share
    /// is encoded once for the row, its texts' bytes stored once, and each cell sets only its column's
    /// values; the texts of the notice and of each table and column are stored once for them all. A
    /// cell's id hashes the notice, table and row label once a row and goes on from there per cell.
    static func encoded(_ notice: Notice) -> EncodedRows {
        var rows = EncodedRows(.allocations)
        let id = rows.text(notice.id)
        for table in notice.tables.sorted(by: { $0.index < $1.index }) {
            var labelRows = LabelCounter(rows: table.rows)
            let layout = CellLayout(table)
            let tableNumber = String(table.index)
            let unitText = rows.text(table.unit), titleText = rows.text(table.title)
            let attachmentText = rows.text(table.attachment), compilerText = rows.text(table.compiler)
            let kindText = rows.text(table.kind.rawValue)
            let columns = table.amountColumns.indices.map { index in
                (name: rows.text(table.amountColumns[index].name), path: rows.text(layout.paths[index]),
                 source: rows.text(layout.sources[index]))
            }
            var noticeAndTable = StableID.Hash()
            noticeAndTable.add(notice.id)
            noticeAndTable.add(tableNumber)
            for step in table.rows.indices {
                let position = layout.position(step)
                let row = table.rows[position]
                let earlierRows = labelRows.countBefore(position, in: table.rows)
                var shared = EncodedRow(.allocations)
                shared[noticeID] = id
                shared[tableNo] = .integer(table.index)
                shared[rowNo] = .integer(row.number)
                shared[page] = .integer(row.page)
                shared[level] = rows.text(row.level.rawValue)
                shared[name] = rows.text(row.name)
                shared[region] = rows.text(row.region)
                shared[divisionCode] = rows.text(row.divisionCode)
                shared[parentCode] = rows.text(row.parentCode)
                shared[unit] = unitText
                shared[remark] = rows.text(row.remark)
                shared[divisionMatch] = rows.text(row.divisionMatch?.description ?? "")
                shared[rawName] = rows.text(row.rawName)
                shared[tableTitle] = titleText
                shared[attachment] = attachmentText
                shared[code] = rows.text(row.code)
                shared[printedCode] = rows.text(row.printedCode)
                shared[depth] = .integer(row.depth)
                shared[parentRow] = row.parent.map { .integer($0) } ?? .null
                shared[hierarchySignal] = rows.text(row.hierarchySignal?.rawValue ?? "")
                shared[side] = rows.text(table.kind.hasSides ? (row.side == 0 ? "left" : "right") : "")
                shared[tableKind] = kindText
                shared[regionFullName] = rows.text(row.regionFullName)
                shared[amountSource] = rows.text(row.amountSource.rawValue)
                shared[minConfidence] = row.minConfidence.map { .integer(Int(max(0, min(100, $0)))) } ?? .null
                shared[compiler] = compilerText
                var rowHash = noticeAndTable
                rowHash.add(row.name)
                for index in columns.indices {
                    let cell = row.rowAmounts[index]
                    var record = shared
                    record[at: Cell.columnNo] = .integer(index + 1)
                    record[at: Cell.columnName] = columns[index].name
                    record[at: Cell.amount] = cell.map { rows.text($0.text) } ?? .null
                    record[at: Cell.columnPath] = columns[index].path
                    record[at: Cell.fundSource] = columns[index].source
                    var cellHash = rowHash
                    cellHash.add(layout.paths[index])
                    cellHash.add(String(layout.occurrence(index, earlierRows: earlierRows)))
                    record[at: Cell.cellID] = rows.id(cellHash, prefix: "c")
                    rows.append(record)
                }
            }
        }
        return rows
    }

    /// Positions of the columns each cell of a row sets (looked up once, not by name for every cell).
    private enum Cell {
        static let columnNo = position(AllocationColumns.columnNo)
        static let columnName = position(AllocationColumns.columnName)
        static let amount = position(AllocationColumns.amount)
        static let columnPath = position(AllocationColumns.columnPath)
        static let fundSource = position(AllocationColumns.fundSource)
        static let cellID = position(AllocationColumns.cellID)

        /// The column's position, or one outside the row (nothing set) should it not be a column.
        private static func position(_ column: DatasetColumn) -> Int {
            DatasetTable.allocations.position(of: column.name) ?? -1
        }
    }
}
