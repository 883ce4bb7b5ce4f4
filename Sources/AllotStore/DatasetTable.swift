/// The tables of the dataset: one SQLite table, one CSV file and one data package resource each, all
/// derived from the columns declared here (see `NoticeColumns`, `AllocationColumns`, `FindingColumns`,
/// `CitationColumns`, `SourceColumns`, `AttachmentColumns`, `RelationColumns`).
public enum DatasetTable: String, CaseIterable, Hashable, Sendable {
    /// One row per notice.
    case notices
    /// One row per amount cell.
    case allocations
    /// One row per finding.
    case findings
    /// One row per document cited in a notice's body.
    case citations
    /// One row per file a notice was read from.
    case sources
    /// One row per attachment a notice's portal page links to.
    case attachments
    /// One row per instance of a relation a table was checked by (a sum against its parts).
    case relations

    /// Name of the SQLite table and of the data package resource.
    public var name: String { rawValue }

    /// File name in the dataset folder.
    public var file: String { "\(rawValue).csv" }

    /// Names the table had in earlier versions of the dataset (its file was NAME.csv).
    public var formerNames: [String] {
        self == .citations ? ["references"] : []
    }

    /// Columns in order: SQLite, CSV and data package alike.
    public var columns: [DatasetColumn] {
        switch self {
        case .notices: NoticeColumns.all
        case .allocations: AllocationColumns.all
        case .findings: FindingColumns.all
        case .citations: CitationColumns.all
        case .sources: SourceColumns.all
        case .attachments: AttachmentColumns.all
        case .relations: RelationColumns.all
        }
    }

    /// Position of the column named `name` in `columns`, nil when the table has none.
    func position(of name: String) -> Int? {
        switch self {
        case .notices: Self.noticePositions[name]
        case .allocations: Self.allocationPositions[name]
        case .findings: Self.findingPositions[name]
        case .citations: Self.citationPositions[name]
        case .sources: Self.sourcePositions[name]
        case .attachments: Self.attachmentPositions[name]
        case .relations: Self.relationPositions[name]
        }
    }

    /// Position of `column` in `columns`, or one outside the row (a value set there is ignored) when
    /// the table has none: looked up once for the rows a builder sets by slot.
    func slot(of column: DatasetColumn) -> Int {
        position(of: column.name) ?? -1
    }

    private static let noticePositions = positions(NoticeColumns.all)
    private static let allocationPositions = positions(AllocationColumns.all)
    private static let findingPositions = positions(FindingColumns.all)
    private static let citationPositions = positions(CitationColumns.all)
    private static let sourcePositions = positions(SourceColumns.all)
    private static let attachmentPositions = positions(AttachmentColumns.all)
    private static let relationPositions = positions(RelationColumns.all)

    private static func positions(_ columns: [DatasetColumn]) -> [String: Int] {
        Dictionary(columns.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Column names, in order: the CSV header (made once per table; every stored row reads it).
    public var header: [String] {
        switch self {
        case .notices: Self.noticeHeader
        case .allocations: Self.allocationHeader
        case .findings: Self.findingHeader
        case .citations: Self.citationHeader
        case .sources: Self.sourceHeader
        case .attachments: Self.attachmentHeader
        case .relations: Self.relationHeader
        }
    }

    private static let noticeHeader = NoticeColumns.all.map(\.name)
    private static let allocationHeader = AllocationColumns.all.map(\.name)
    private static let findingHeader = FindingColumns.all.map(\.name)
    private static let citationHeader = CitationColumns.all.map(\.name)
    private static let sourceHeader = SourceColumns.all.map(\.name)
    private static let attachmentHeader = AttachmentColumns.all.map(\.name)
    private static let relationHeader = RelationColumns.all.map(\.name)

    /// Columns that identify a row: the SQLite and Table Schema primary key, and the export order
    /// (notice id bytewise, then printed order).
    public var primaryKey: [DatasetColumn] {
        switch self {
        case .notices: [NoticeColumns.noticeID]
        case .allocations: [AllocationColumns.noticeID, AllocationColumns.tableNo, AllocationColumns.rowNo,
                            AllocationColumns.columnNo]
        case .findings: [FindingColumns.noticeID, FindingColumns.findingNo]
        case .citations: [CitationColumns.noticeID, CitationColumns.citationNo]
        case .sources: [SourceColumns.noticeID, SourceColumns.sourceNo]
        case .attachments: [AttachmentColumns.noticeID, AttachmentColumns.attachmentNo]
        case .relations: [RelationColumns.noticeID, RelationColumns.tableNo, RelationColumns.relationNo]
        }
    }

    /// Tables a dataset written by an earlier version may lack (read as empty).
    public var isOptional: Bool { self == .citations || self == .sources || self == .attachments || self == .relations }

    /// Whether the table's rows belong to a notice (a foreign key to notices, deleted with it).
    public var belongsToNotice: Bool { self != .notices }

    /// Title of the data package resource, Chinese and English.
    public var title: String {
        switch self {
        case .notices: "资金分配通知 Notices"
        case .allocations: "分配金额 Allocations"
        case .findings: "核对发现 Findings"
        case .citations: "引用文件 Cited documents"
        case .sources: "来源文件 Source files"
        case .attachments: "附件链接 Attachment links"
        case .relations: "核对关系 Checked relations"
        }
    }

    /// Description of the data package resource, Chinese then English.
    public var summary: (zh: String, en: String) {
        switch self {
        case .notices:
            ("资金分配通知，每份通知一行：公文要素（GB/T 9704-2012）、源文件及计数。",
             "Fund-allocation notices, one row per notice: document elements (GB/T 9704-2012), source file and counts.")
        case .allocations:
            ("分配表金额，每个金额单元格一行，按通知、表、行、列的印刷顺序排列。",
             "Allocation amounts, one row per amount cell, in printed order by notice, table, row and column.")
        case .findings:
            ("核对发现，每项一行：小计、合计、横向合计不符及结构问题。",
             "Findings, one row each: subtotal, total and cross-foot mismatches and structural problems.")
        case .citations:
            ("通知正文引用的文件，每个被引文件一行，按首次引用顺序排列。",
             "Documents cited in the notice body, one row per cited document, in order of first citation.")
        case .sources:
            ("通知的来源文件，每个文件一行：通知本身、网页版本、附件文件、同文号的其他文件。",
             "Files each notice was read from, one row per file: the notice itself, its portal page, "
                 + "attachment files, other files with its doc number.")
        case .attachments:
            ("通知网页以链接给出的附件，每个链接一行：标注、文件名、地址。",
             "Attachments a notice's portal page links to instead of printing them: label, file name, URL.")
        case .relations:
            ("表内核对的每一处合计关系，每处一行：合计数、参与求和的行或列、印刷值、计算值及结果（成立、不成立、舍入差、未核对及原因）。",
             "Every sum each table was checked by, one row each: the sum cell, the rows or columns it adds up, "
                 + "stated and computed values, and the outcome (holds, fails, rounding, not checked and why).")
        }
    }
}
