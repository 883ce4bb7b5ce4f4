import AllotModel
import AllotSource
import AllotXML
import Foundation

/// Everything read from an OFD file (GB/T 33190): its pages as positioned glyphs, the same model
/// the PDF extractor gives, and the document metadata of OFD.xml.
public struct OFDDocument: Sendable {
    /// Pages and glyphs for the layout stage.
    public var document: SourceDocument
    /// DocInfo/Title, empty when none.
    public var title: String
    /// DocInfo/Author, empty when none.
    public var author: String
    /// DocInfo/CreationDate as written (ISO 8601 date), empty when none.
    public var creationDate: String
}

/// Reads an OFD package: OFD.xml → the first DocBody's DocInfo and DocRoot → Document.xml's pages
/// in order → each page's TextObjects (Boundary, CTM, Size, TextCode X/Y with DeltaX/DeltaY),
/// in millimetres, turned into glyphs in points with the origin top-left as in the PDF path, and
/// its PathObjects' straight lines into ruling lines (`OFDRules`) for the ruled-table reader.
public struct OFDExtractor: Sendable {
    /// Limits on the package.
    public var limits: ArchiveLimits

    /// Most pages read (a hostile page list).
    public var maximumPages = 10_000

    /// Creates an extractor.
    public init(limits: ArchiveLimits = ArchiveLimits()) {
        self.limits = limits
    }

    /// Reads the OFD at `path`; `bytes` when already in memory.
    public func extract(path: String, bytes: [UInt8]? = nil) throws(OfficeError) -> OFDDocument {
        let data: [UInt8]
        if let bytes { data = bytes } else { data = try OfficeExtractor.readFile(path) }
        guard !data.isEmpty else { throw .empty(path: path) }
        let package = try ZipPackage(path: path, bytes: data, limits: limits)
        let root = try PackageXML.parse(package, "OFD.xml")
        guard let body = root.child("DocBody"), let docRoot = body.child("DocRoot")?.text.trimmingCharacters(in: .whitespaces),
              !docRoot.isEmpty else {
            throw .missingPart(path: path, part: "OFD.xml: DocBody/DocRoot")
        }
        let info = body.child("DocInfo")
        let documentPart = PackageRelations.resolve(docRoot, from: "")
        guard !ZipPackage.isUnsafe(docRoot.hasPrefix("/") ? String(docRoot.dropFirst()) : docRoot) else {
            throw .unsafePath(path: path, member: docRoot)
        }
        let document = try PackageXML.parse(package, documentPart)
        let folder = documentPart.split(separator: "/").dropLast().joined(separator: "/")
        let defaultBox = OFDGeometry.box(document.child("CommonData")?.child("PageArea")?.child("PhysicalBox")?.text)
        var pages: [PageText] = []
        for page in document.child("Pages")?.children("Page") ?? [] {
            guard pages.count < maximumPages else {
                throw .archiveLimit(path: path, reason: "more than \(maximumPages) pages")
            }
            guard let location = page.attribute("BaseLoc") else {
                throw .missingPart(path: path, part: "Page \(page.attribute("ID") ?? "?") BaseLoc")
            }
            let pagePart = location.hasPrefix("/") ? ZipPackage.normalized(location)
                : ZipPackage.normalized(folder + "/" + location)
            if ZipPackage.isUnsafe(location.hasPrefix("/") ? String(location.dropFirst()) : folder + "/" + location) {
                throw .unsafePath(path: path, member: location)
            }
            let content = try PackageXML.parse(package, pagePart)
            let box = OFDGeometry.box(content.child("Area")?.child("PhysicalBox")?.text) ?? defaultBox
                ?? OFDGeometry.Rect(x: 0, y: 0, width: 210, height: 297)
            let glyphs = OFDGeometry.glyphs(in: content)
            // A page without paths keeps its rules unlooked-for (nil), as before rules were read.
            let rules = OFDRules.rules(in: content)
            pages.append(PageText(number: pages.count + 1, width: OFDGeometry.points(box.width),
                                  height: OFDGeometry.points(box.height), glyphs: glyphs,
                                  rules: rules.isEmpty ? nil : rules))
        }
        guard !pages.isEmpty else { throw .missingPart(path: path, part: "\(documentPart): Pages") }
        func infoText(_ name: String) -> String {
            info?.child(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        }
        return OFDDocument(document: SourceDocument(path: path, sha256: SHA256.hex(data), pages: pages),
                           title: infoText("Title"), author: infoText("Author"), creationDate: infoText("CreationDate"))
    }
}
