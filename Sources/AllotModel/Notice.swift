/// A document cited in a notice's body: 《title》（doc number）.
public struct CitedDocument: Hashable, Sendable {
    /// Normalized doc number of the cited document (财农〔2022〕90号).
    public var docNumber: String
    /// Title in 《》, empty when the citation gives none.
    public var title: String

    /// Creates a citation.
    public init(docNumber: String, title: String) {
        self.docNumber = docNumber
        self.title = title
    }
}

/// An entry of the attachment list (附件说明): 附件：1. … 2. ….
public struct AttachmentEntry: Hashable, Sendable {
    /// The label the attachment is printed under (附件1; 附件 when there is only one).
    public var label: String
    /// Its title as listed.
    public var title: String

    /// Creates an entry.
    public init(label: String, title: String) {
        self.label = label
        self.title = title
    }
}

/// Metadata of an official notice (GB/T 9704-2012 elements); empty where absent, never invented.
public struct NoticeMetadata: Hashable, Sendable {
    /// Normalized document number (晋乡振发〔2022〕125号), empty when none was found.
    public var docNumber: String = ""
    /// Agency code of the doc number (晋乡振发).
    public var agencyCode: String = ""
    /// Year of the doc number (2022).
    public var docYear: String = ""
    /// Serial of the doc number (125).
    public var docSerial: String = ""
    /// Issuing authority from the 发文机关标志, without the trailing 文件 (山西省乡村振兴局).
    public var issuer: String = ""
    /// The issuing authority's signature (发文机关署名).
    public var signature: String = ""
    /// Title of the notice (标题), joined over its lines.
    public var title: String = ""
    /// Addressees (主送机关), without the trailing colon.
    public var addressees: String = ""
    /// Date of issue (成文日期), ISO 8601 (2022-12-06).
    public var date: String = ""
    /// Attachment list (附件说明).
    public var attachments: [AttachmentEntry] = []
    /// Disclosure note (此件公开发布, 此件不予公开…), without brackets.
    public var disclosure: String = ""
    /// Copy-to line (抄送), without the 抄送： lead-in.
    public var copyTo: String = ""
    /// Print line (印发机关和日期).
    public var printLine: String = ""
    /// Documents cited in the body, in order of first citation, without duplicates.
    public var references: [CitedDocument] = []
    /// Fund year stated by the table title (提前下达2023年… → 2023).
    public var fundYear: String = ""
    /// Fund name stated by the table title (中央财政衔接推进乡村振兴补助资金).
    public var fundName: String = ""

    /// Creates empty metadata.
    public init() {}
}

/// A fully processed notice: metadata, tables and findings.
public struct Notice: Sendable {
    /// Stable identifier: the doc number, or `sha256:` + 16 hex digits when there is none.
    public var id: String
    /// Parsed metadata.
    public var metadata: NoticeMetadata
    /// Path of the source file as given.
    public var sourceFile: String
    /// SHA-256 of the source file.
    public var sha256: String
    /// Number of pages.
    public var pageCount: Int
    /// Allocation tables.
    public var tables: [AllocationTable]
    /// Findings over all tables and the notice itself, kept in report order whenever they change.
    public var findings: [Finding] {
        didSet { findings = findings.inReportOrder() }
    }
    /// Every file the notice was read from; the first is the notice document itself.
    public var sources: [NoticeSource] = []
    /// Attachments its portal page links to instead of printing them.
    public var attachmentLinks: [AttachmentLink] = []
    /// Where the notice is published: its portal page's canonical link (or og:url), or the URL given
    /// with `--source-url`; empty when unknown.
    public var sourceURL: String = ""
    /// 1-based pages whose text was recognized from the image (empty for a born-digital notice).
    public var scannedPages: [Int] = []
    /// What the document is (allocation notice, budget or final-account disclosure, other).
    public var kind: DocumentKind = .other
    /// Amounts the body states in a sentence that names a cited document (…（财农〔2022〕90号）下达我省
    /// 资金X万元): what the notice claims about the documents it cites, checked in a batch that holds them.
    public var citedFigures: [StatedFigure] = []
    /// Every amount and percentage the body states, kept so that tables joined to the notice later
    /// (a workbook published beside it) are checked against them as its own tables are. Not in the dataset.
    public var bodyFigures: [StatedFigure] = []
    /// What the reconciler found of each table's relations when it checked the table, for the cross
    /// checks (`NoticeCrossCheck`), which use a verdict only for a table unchanged since; emptied once
    /// they ran. Not in the dataset.
    public var relationVerdicts: [RelationVerdict] = []

    /// Creates a notice.
    public init(id: String, metadata: NoticeMetadata, sourceFile: String, sha256: String,
                pageCount: Int, tables: [AllocationTable], findings: [Finding]) {
        self.id = id
        self.metadata = metadata
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.pageCount = pageCount
        self.tables = tables
        self.findings = findings.inReportOrder()
    }
}

extension Notice {
    /// True when some page of the notice was read by OCR.
    public var isScanned: Bool { !scannedPages.isEmpty }
}
