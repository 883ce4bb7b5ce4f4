import AllotLayout
import AllotTables

/// Settings of every stage, with named defaults.
public struct PipelineOptions: Sendable {
    /// Password for encrypted PDFs.
    public var password: String?
    /// Layout tolerances.
    public var layout = LayoutSettings()
    /// Table tolerances and vocabulary.
    public var tables = TableSettings()
    /// Grid reading and synthetic page of documents without page geometry (HTML, xlsx, xls, docx).
    public var grid = GridSettings()

    /// The defaults.
    public init(password: String? = nil) {
        self.password = password
    }
}
