import AllotSource
import Foundation

/// What a file is, judged from its bytes (the extension only tells OLE2 documents apart, whose
/// kind sits deep in their directory, and is the fallback for text).
public enum DocumentFormat: String, Sendable, CaseIterable {
    case pdf, html, xlsx, xls, docx, ofd
    /// A ZIP archive of notices and attachments.
    case archive
    /// An OLE2 word-processing document (.doc, .wps): read through LibreOffice when installed.
    case legacyDocument
    /// An OLE2 spreadsheet freexl cannot read (.et): through LibreOffice when installed.
    case legacySpreadsheet

    /// File name endings a folder scan picks up.
    public static let extensions: Set<String> = [
        "pdf", "html", "htm", "xlsx", "xlsm", "xls", "et", "docx", "doc", "wps", "ofd", "zip",
    ]

    /// Endings of binary document formats: text under one of these names is not taken for a page.
    static let binaryExtensions: Set<String> = ["pdf", "xlsx", "xlsm", "xls", "et", "docx", "doc", "wps", "ofd", "zip"]

    /// The format of the file at `path`; `bytes` when it is already in memory (an archive member).
    public static func sniff(path: String, bytes: [UInt8]? = nil) -> DocumentFormat {
        let head = bytes.map { Array($0.prefix(1024)) } ?? readHead(path)
        let ext = (path as NSString).pathExtension.lowercased()
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return zipKind(path: path, bytes: bytes)
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            switch ext {
            case "doc", "wps", "dot", "wpt": return .legacyDocument
            case "et", "ett": return .legacySpreadsheet
            default: return .xls
            }
        }
        if head.firstRange(of: Array("%PDF-".utf8)) != nil { return .pdf }
        // Text is a weaker signal than a binary signature: markup under a document's name (a
        // crawler's saved error page called 通知.pdf) is reported as a damaged document, not read.
        if ext == "html" || ext == "htm" || (!binaryExtensions.contains(ext) && looksLikeMarkup(head)) { return .html }
        return .pdf
    }

    /// A ZIP is an xlsx, docx or OFD package by the parts it holds, otherwise an archive.
    private static func zipKind(path: String, bytes: [UInt8]?) -> DocumentFormat {
        guard let package = try? ZipPackage(path: path, bytes: bytes) else { return .archive }
        if package.contains("xl/workbook.xml") { return .xlsx }
        if package.contains("word/document.xml") { return .docx }
        if package.contains("OFD.xml") { return .ofd }
        return .archive
    }

    /// Text that starts (after a BOM and whitespace) with "<": an HTML page without its extension.
    private static func looksLikeMarkup(_ head: [UInt8]) -> Bool {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let start = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return start.first == 0x3C && !start.contains(0)
    }

    /// The first bytes of a regular file; nothing for a FIFO or device (never waits on one: the
    /// reader names the reason later).
    private static func readHead(_ path: String) -> [UInt8] {
        SourceFile.head(path: path, count: 1024)
    }
}
