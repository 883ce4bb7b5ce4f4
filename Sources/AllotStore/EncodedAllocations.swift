import AllotModel

extension AllocationColumns {
    /// The cells of `notice` encoded for the store: the rows `forEachRecord` gives, value for value,
    /// in its order (`PreparedRowsTests` holds the two to each other). What a printed row's cells share
    /// is encoded once for the row, its texts' bytes stored once, and each cell appends those values
    /// and sets only its column's; the texts of the notice and of each table and column are stored
    /// once for them all. Columns are set by slot (`Slot`), not looked up by name. A cell's id hashes
    /// the notice, table and row label once a row and goes on from there per cell. Room is made at
    /// once for `cells` cells (the notice's count, when the caller knows it).
    static func encoded(_ notice: Notice, cells: Int = 0) -> EncodedRows {
        var rows = EncodedRows(.allocations)
        // About 32 bytes of text a cell: its id, its amount, its share of its row's texts.
        rows.reserve(rows: cells, bytes: cells.multipliedReportingOverflow(by: 32).overflow ? 0 : cells * 32)
        let id = rows.text(notice.id)
        // One row reused for every printed row: each sets every column below, so nothing of the
        // row before is left.
        var shared = EncodedRow(.allocations)
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
                shared[at: Slot.noticeID] = id
                shared[at: Slot.tableNo] = .integer(table.index)
                shared[at: Slot.rowNo] = .integer(row.number)
                shared[at: Slot.page] = .integer(row.page)
                shared[at: Slot.level] = rows.text(row.level.rawValue)
                shared[at: Slot.name] = rows.text(row.name)
                shared[at: Slot.region] = rows.text(row.region)
                shared[at: Slot.divisionCode] = rows.text(row.divisionCode)
                shared[at: Slot.parentCode] = rows.text(row.parentCode)
                shared[at: Slot.unit] = unitText
                shared[at: Slot.remark] = rows.text(row.remark)
                shared[at: Slot.divisionMatch] = rows.text(row.divisionMatch?.description ?? "")
                shared[at: Slot.rawName] = rows.text(row.rawName)
                shared[at: Slot.tableTitle] = titleText
                shared[at: Slot.attachment] = attachmentText
                shared[at: Slot.code] = rows.text(row.code)
                shared[at: Slot.printedCode] = rows.text(row.printedCode)
                shared[at: Slot.depth] = .integer(row.depth)
                shared[at: Slot.parentRow] = row.parent.map { .integer($0) } ?? .null
                shared[at: Slot.hierarchySignal] = rows.text(row.hierarchySignal?.rawValue ?? "")
                shared[at: Slot.side] = rows.text(table.kind.hasSides ? (row.side == 0 ? "left" : "right") : "")
                shared[at: Slot.tableKind] = kindText
                shared[at: Slot.regionFullName] = rows.text(row.regionFullName)
                shared[at: Slot.amountSource] = rows.text(row.amountSource.rawValue)
                shared[at: Slot.minConfidence] = row.minConfidence.map { .integer(Int(max(0, min(100, $0)))) } ?? .null
                shared[at: Slot.compiler] = compilerText
                // Set for every cell below; NULL until then, so the row has no column never set.
                for slot in Slot.cell { shared[at: slot] = .null }
                let sharedValues = rows.resolved(shared)
                var rowHash = noticeAndTable
                rowHash.add(row.name)
                for index in columns.indices {
                    var cellHash = rowHash
                    cellHash.add(layout.paths[index])
                    cellHash.add(number: layout.occurrence(index, earlierRows: earlierRows))
                    rows.append(values: sharedValues)
                    rows.setLast(Slot.columnNo, .integer(index + 1))
                    rows.setLast(Slot.columnName, columns[index].name)
                    rows.setLast(Slot.amount, row.rowAmounts[index].map { rows.amount($0) } ?? .null)
                    rows.setLast(Slot.columnPath, columns[index].path)
                    rows.setLast(Slot.fundSource, columns[index].source)
                    rows.setLast(Slot.cellID, rows.id(cellHash, prefix: "c"))
                }
            }
        }
        return rows
    }

    /// The position of each column in the table's rows, looked up once (not by name for every row).
    private enum Slot {
        static let noticeID = slot(AllocationColumns.noticeID)
        static let tableNo = slot(AllocationColumns.tableNo)
        static let rowNo = slot(AllocationColumns.rowNo)
        static let page = slot(AllocationColumns.page)
        static let level = slot(AllocationColumns.level)
        static let name = slot(AllocationColumns.name)
        static let region = slot(AllocationColumns.region)
        static let divisionCode = slot(AllocationColumns.divisionCode)
        static let parentCode = slot(AllocationColumns.parentCode)
        static let unit = slot(AllocationColumns.unit)
        static let remark = slot(AllocationColumns.remark)
        static let divisionMatch = slot(AllocationColumns.divisionMatch)
        static let rawName = slot(AllocationColumns.rawName)
        static let tableTitle = slot(AllocationColumns.tableTitle)
        static let attachment = slot(AllocationColumns.attachment)
        static let code = slot(AllocationColumns.code)
        static let printedCode = slot(AllocationColumns.printedCode)
        static let depth = slot(AllocationColumns.depth)
        static let parentRow = slot(AllocationColumns.parentRow)
        static let hierarchySignal = slot(AllocationColumns.hierarchySignal)
        static let side = slot(AllocationColumns.side)
        static let tableKind = slot(AllocationColumns.tableKind)
        static let regionFullName = slot(AllocationColumns.regionFullName)
        static let amountSource = slot(AllocationColumns.amountSource)
        static let minConfidence = slot(AllocationColumns.minConfidence)
        static let compiler = slot(AllocationColumns.compiler)
        static let columnNo = slot(AllocationColumns.columnNo)
        static let columnName = slot(AllocationColumns.columnName)
        static let amount = slot(AllocationColumns.amount)
        static let columnPath = slot(AllocationColumns.columnPath)
        static let fundSource = slot(AllocationColumns.fundSource)
        static let cellID = slot(AllocationColumns.cellID)
        /// The columns each cell sets.
        static let cell = [columnNo, columnName, amount, columnPath, fundSource, cellID]

        private static func slot(_ column: DatasetColumn) -> Int {
            DatasetTable.allocations.slot(of: column)
        }
    }
}
