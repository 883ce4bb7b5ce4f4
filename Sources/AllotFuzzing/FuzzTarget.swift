import AllotHTML
import AllotModel
import AllotPDF
import AllotPipeline
import AllotTables

/// One input of the fuzzer (`make fuzz`) and of the replay test: PDF bytes (starting `%PDF`) go
/// through the PDF extractor and every later stage, an HTML page (starting `<`) through the HTML
/// extractor, anything else is read as glyph records for the layout, table, normalize and
/// reconcile stages (no C library in the way, so the fuzzer explores the Swift side quickly).
/// Every input must end in a notice or a typed error: a trap is what the fuzzer looks for.
public enum FuzzTarget {
    /// Runs one input; returns what became of it (for the replay test's summary).
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Outcome {
        if bytes.starts(with: Array("%PDF".utf8)) {
            do {
                let document = try PDFExtractor().extract(bytes: bytes, path: "fuzz.pdf")
                return .notice(NoticeProcessor().process(document))
            } catch {
                return .refused("\(error)")
            }
        }
        if bytes.first == UInt8(ascii: "<") {
            do {
                let page = try HTMLExtractor().extract(bytes: bytes, path: "fuzz.html")
                return .page(tables: FlowReader().scan(page.items).tables.count)
            } catch {
                return .refused(error.description)
            }
        }
        return .notice(NoticeProcessor().process(GlyphRecords.document(bytes)))
    }

    /// What became of one input.
    public enum Outcome {
        /// Read to a notice.
        case notice(Notice)
        /// An HTML page read to lines and tables.
        case page(tables: Int)
        /// Refused with a typed error (its description).
        case refused(String)
    }
}
