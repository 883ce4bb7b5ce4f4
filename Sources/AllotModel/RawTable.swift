/// What a table column holds.
public enum ColumnRole: String, Sendable, Codable {
    /// Region or row label (市县名, 地区, 单位).
    case label
    /// Money amounts.
    case amount
    /// Free text remarks (备注).
    case remark
    /// Anything else: kept out of the dataset.
    case other
    /// A classification code or serial (科目编码, 类 | 款 | 项, 项目代码, 序号): the row's code, never summed.
    case code
    /// A percentage or ratio (占比, 增长%, 比例): never summed.
    case percentage
    /// A count of people or things (人数, 个数): never summed with money.
    case count
    /// A date (日期, 时间).
    case date
    /// Free text other than the label (实施单位, 项目内容).
    case text

    /// True for columns whose cells are money and take part in sums.
    public var isAmount: Bool { self == .amount }
}

/// One leaf column of a table header.
public struct TableColumn: Hashable, Sendable {
    /// Leaf header text, normalized (中央资金).
    public var name: String
    /// Header of a spanning parent column, if any (其中).
    public var parent: String?
    /// Every header above the leaf, outermost first, then the leaf (一般公共预算支出 › 合计);
    /// empty when only the leaf is known (then `parent` and `name` make the path).
    public var ancestors: [String] = []
    /// What the column holds.
    public var role: ColumnRole
    /// Horizontal extent of the column as measured from the header and data, in points.
    public var x0: Double
    /// Right edge, in points.
    public var x1: Double

    /// Creates a column.
    public init(name: String, parent: String? = nil, role: ColumnRole, x0: Double = 0, x1: Double = 0) {
        self.name = name
        self.parent = parent
        self.role = role
        self.x0 = x0
        self.x1 = x1
    }

    /// The header path of the column, outermost first (一般公共预算支出 › 基本支出 › 人员经费).
    public var path: [String] {
        if !ancestors.isEmpty { return ancestors + [name] }
        return (parent.map { [$0] } ?? []) + [name]
    }

    /// The path joined with " › ", as stored in the dataset.
    public var pathText: String { path.joined(separator: " › ") }

    /// True for a serial-number column (序号, 编号) or a column left out: its cells number the rows,
    /// they are never names.
    public var isSerial: Bool {
        role == .other || (role == .code && (name.contains("序号") || name.contains("编号")))
    }
}

extension TableColumn {
    /// Column zones: the table's width cut halfway between neighbouring header extents, the outer
    /// zones ending at `left` and `right`. Cells are assigned to the zone they overlap most; the
    /// table stage and the page overlays both use these zones.
    public static func zones(_ columns: [TableColumn], left: Double, right: Double) -> [(x0: Double, x1: Double)] {
        columns.indices.map { index in
            let x0 = index == 0 ? left : (columns[index - 1].x1 + columns[index].x0) / 2
            let x1 = index + 1 < columns.count ? (columns[index].x1 + columns[index + 1].x0) / 2 : right
            return (x0, x1)
        }
    }
}

/// A data row of a table, cells as printed (raw text, one per column, "" when empty).
///
/// A large sheet's rows are all held while they are drafted, so the row is laid out small (64
/// bytes, was 88): the page as a 32-bit number (clamped; no document reaches it) and each label
/// edge as a plain number, NaN when not measured (a measured edge is a number; a NaN given is
/// "not measured", which the normalize stage made of it before).
public struct RawTableRow: Hashable, Sendable {
    /// 1-based page the row is printed on.
    public var page: Int {
        get { Int(storedPage) }
        set { storedPage = Int32(clamping: newValue) }
    }
    /// One raw text per column of the table.
    public var cells: [String]
    /// Where the row is printed.
    public var box: Box
    /// Left edge of the label's text, in em of the row's font from the page's left edge (nil when
    /// not measured: grids, a row without a label). Rows indented further sit deeper.
    public var labelIndent: Double? {
        get { indent.isNaN ? nil : indent }
        set { indent = newValue ?? .nan }
    }
    /// Right edge of the label's first line, in the same em (to tell centred labels from indented ones).
    public var labelEnd: Double? {
        get { end.isNaN ? nil : end }
        set { end = newValue ?? .nan }
    }
    private var indent = Double.nan
    private var end = Double.nan
    private var storedPage: Int32

    /// Creates a row.
    public init(page: Int, cells: [String], box: Box) {
        storedPage = Int32(clamping: page)
        self.cells = cells
        self.box = box
    }

    public static func == (lhs: RawTableRow, rhs: RawTableRow) -> Bool {
        lhs.storedPage == rhs.storedPage && lhs.cells == rhs.cells && lhs.box == rhs.box
            && lhs.labelIndent == rhs.labelIndent && lhs.labelEnd == rhs.labelEnd
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storedPage)
        hasher.combine(cells)
        hasher.combine(box)
        hasher.combine(labelIndent)
        hasher.combine(labelEnd)
    }
}

/// A table rebuilt from the page layout, merged across pages, before normalization.
public struct RawTable: Sendable {
    /// 1-based order of the table in its notice.
    public var index: Int
    /// Title printed above the table, if any.
    public var title: String
    /// Unit line value (万元), empty when none is printed.
    public var unit: String
    /// Attachment label printed before the title (附件1), empty when none.
    public var attachment: String
    /// Who compiled the table, as its unit line names them (编制部门：某局 单位：元 → 某局), or a line of
    /// its own or the title's line (编制单位：某局); empty when not printed.
    public var compiler = ""
    /// Leaf columns, left to right.
    public var columns: [TableColumn]
    /// Data rows in printed order, repeated page furniture removed. A grid table's rows laid out
    /// on a synthetic page are held as read (`SyntheticRows`) and built here when asked for, whole:
    /// a reader of a large table asks for `rowCount`, `row(at:)` or `cell(row:column:)` instead,
    /// and the normalize stage takes them over (`takeRows`). A change makes them a plain list.
    public var rows: [RawTableRow] {
        // Inlinable: the table stage reads and changes a PDF table's rows often, as a stored list.
        @inlinable get {
            switch storedRows {
            case let .listed(rows): rows
            case let .synthetic(rows): rows.rows
            }
        }
        @inlinable _modify {
            var rows: [RawTableRow]
            switch storedRows {
            case let .listed(listed): rows = listed
            case let .synthetic(synthetic): rows = synthetic.rows
            }
            // the list is held here alone while it is changed (no copy of it is made)
            storedRows = .listed([])
            defer { storedRows = .listed(rows) }
            yield &rows
        }
        @inlinable set { storedRows = .listed(newValue) }
    }
    /// The rows, listed or held as read.
    @usableFromInline var storedRows: RawTableRows
    /// Where rows may be missing (a page that does not line up with the table's columns).
    public var gaps: [TableGap] = []
    /// Spreadsheets: the formulas stored in the table's amount cells, evaluated.
    public var formulas: [CellFormula] = []

    /// Creates a table.
    public init(index: Int, title: String, unit: String, attachment: String,
                columns: [TableColumn], rows: [RawTableRow]) {
        self.index = index
        self.title = title
        self.unit = unit
        self.attachment = attachment
        self.columns = columns
        storedRows = .listed(rows)
    }

    /// Creates a table whose rows are held as the grid reader read them.
    public init(index: Int, title: String, unit: String, attachment: String,
                columns: [TableColumn], rows: SyntheticRows) {
        self.init(index: index, title: title, unit: unit, attachment: attachment, columns: columns, rows: [])
        storedRows = .synthetic(rows)
    }

    /// Number of rows.
    @inlinable
    public var rowCount: Int {
        switch storedRows {
        case let .listed(rows): rows.count
        case let .synthetic(rows): rows.count
        }
    }

    /// The row at `position` (in `rows`), nil outside.
    @inlinable
    public func row(at position: Int) -> RawTableRow? {
        guard position >= 0, position < rowCount else { return nil }
        return switch storedRows {
        case let .listed(rows): rows[position]
        case let .synthetic(rows): rows.row(at: position)
        }
    }

    /// The raw text of one cell, nil outside the rows or a row shorter than `column`.
    @inlinable
    public func cell(row position: Int, column: Int) -> String? {
        switch storedRows {
        case let .listed(rows):
            guard rows.indices.contains(position), rows[position].cells.indices.contains(column) else { return nil }
            return rows[position].cells[column]
        case let .synthetic(rows):
            return rows.text(row: position, column: column)
        }
    }

    /// Takes the rows out, the table left without any, for a reader that visits each once in order
    /// and lets it go (the normalize stage's `ReleasedRows`).
    public mutating func takeRows() -> RawTableRows {
        var taken = RawTableRows.listed([])
        swap(&taken, &storedRows)
        return taken
    }
}

/// A raw table's rows: a plain list, or a grid table's rows held as read (`SyntheticRows`).
public enum RawTableRows: Sendable {
    case listed([RawTableRow])
    case synthetic(SyntheticRows)

    /// Number of rows.
    public var count: Int {
        switch self {
        case let .listed(rows): rows.count
        case let .synthetic(rows): rows.count
        }
    }
}

/// A formula stored in an amount cell of a spreadsheet table, with what it computes.
public struct CellFormula: Hashable, Sendable {
    /// 0-based index of the row in the table's rows.
    public var row: Int
    /// Index of the column in the table's columns.
    public var column: Int
    /// The formula as stored, without the leading "=" (SUM(C4:C9)).
    public var formula: String
    /// The value the file stores as the formula's result (the cached value), as text.
    public var stated: String
    /// The exact sum of the cells the formula names, as text; nil when the formula is not a plain
    /// sum of cells allot can evaluate.
    public var computed: String?
    /// 0-based indices of the table rows the formula names in its own column, when every cell it
    /// names is in that column of the table; nil otherwise.
    public var rows: [Int]?

    /// Creates a formula.
    public init(row: Int, column: Int, formula: String, stated: String, computed: String?, rows: [Int]?) {
        self.row = row
        self.column = column
        self.formula = formula
        self.stated = stated
        self.computed = computed
        self.rows = rows
    }
}
