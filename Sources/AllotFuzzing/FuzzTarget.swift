import AllotHTML
import AllotModel
import AllotOffice
import AllotPDF
import AllotPipeline
import AllotTables

/// One input of the fuzzer (`make fuzz`) and of the replay test: PDF bytes (starting `%PDF`) go
/// through the PDF extractor and every later stage, an HTML page (starting `<`) through the HTML
/// extractor, a ZIP package or OLE2 workbook through the office readers, anything else is read as glyph records for the layout, table, normalize and
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
        if bytes.starts(with: [0x50, 0x4B]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return office(bytes)
        }
        return .notice(NoticeProcessor().process(GlyphRecords.document(bytes)))
    }

    /// A ZIP package (xlsx, docx, OFD) or an OLE2 workbook (xls; never LibreOffice) through its
    /// reader and, for OFD, every later stage; an archive of other files is not opened.
    private static func office(_ bytes: [UInt8]) -> Outcome {
        let format = DocumentFormat.sniff(path: "fuzz.bin", bytes: bytes)
        let path = "fuzz.\(format.rawValue)"
        do {
            switch format {
            case .xlsx, .docx, .xls:
                let document = try OfficeExtractor().extract(path: path, format: format, bytes: bytes)
                return .page(tables: FlowReader().scan(document.items).tables.count)
            case .ofd:
                return .notice(NoticeProcessor().process(try OFDExtractor().extract(path: path, bytes: bytes).document))
            default:
                return .refused("\(path): not a package allot reads by itself")
            }
        } catch {
            return .refused(error.description)
        }
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
