import AllotModel

/// Everything read from one HTML notice page, in the pipeline's model.
public struct HTMLNotice: Sendable {
    /// Path of the file as given by the user.
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Encoding the page was decoded with (UTF-8, GB18030, …).
    public var encoding: String
    /// The page in reading order: lines of text (one per block, or one per row of a table read
    /// as text) and table grids, for the table stage.
    public var items: [FlowItem]
    /// What the portal page says around the notice: article title, publication date, linked attachments.
    public var portal = PortalMetadata()
    /// Notes about how the page was read (a declared charset the bytes contradict).
    public var notes: [Finding] = []

    /// Creates a notice page.
    public init(path: String, sha256: String, encoding: String, items: [FlowItem]) {
        self.path = path
        self.sha256 = sha256
        self.encoding = encoding
        self.items = items
    }

    /// Number of pages, always 1: an HTML page is one page in the dataset's terms.
    public var pageCount: Int { 1 }
}
