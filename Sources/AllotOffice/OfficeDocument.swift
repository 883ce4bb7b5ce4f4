import AllotModel

/// Everything read from a spreadsheet or docx file, in the pipeline's model: items in reading
/// order for the table stage, and notes about what was left out or shown differently.
public struct OfficeDocument: Sendable {
    /// Path of the file as given by the user.
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Lines and table grids in reading order (sheets in workbook order).
    public var items: [FlowItem]
    /// Notes (hidden sheets, rows and columns skipped; numbers shown rounded).
    public var notes: [Finding]
    /// Title from the package's core properties (docProps/core.xml), empty when none.
    public var title: String

    /// Creates a document.
    public init(path: String, sha256: String, items: [FlowItem], notes: [Finding] = [], title: String = "") {
        self.path = path
        self.sha256 = sha256
        self.items = items
        self.notes = notes
        self.title = title
    }

    /// Number of pages: one, as for an HTML page.
    public var pageCount: Int { 1 }
}
