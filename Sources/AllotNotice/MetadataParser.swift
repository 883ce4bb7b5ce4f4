import AllotModel

/// Reads the official-document elements (GB/T 9704) from the body lines of a notice.
///
/// The lines are the notice's text lines in reading order, from all pages, without the allocation
/// tables. The parts are found in document order: 发文机关标志 and 发文字号 at the top, then title
/// and addressees; the body follows; then 附件说明, signature and date, notes and 版记.
public struct MetadataParser: Sendable {
    /// Tolerances.
    public var settings: MetadataSettings

    /// Creates a parser.
    public init(settings: MetadataSettings = MetadataSettings()) {
        self.settings = settings
    }

    /// The metadata found in the lines; fields not found stay empty, fund fields included.
    public func parse(_ lines: [TextLine]) -> NoticeMetadata {
        parse(lines, tableTitles: [])
    }

    /// The metadata found in the lines, with the fund year and name read from the table titles.
    public func parse(_ lines: [TextLine], tableTitles: [String]) -> NoticeMetadata {
        let body = NoticeLines(lines, settings: settings)
        var metadata = NoticeMetadata()

        let numberIndex = (0..<body.openingEnd).first { DocNumber.line(compact: body.text($0)) != nil }
        if let number = numberIndex.flatMap({ DocNumber.line(compact: body.text($0)) }) {
            metadata.docNumber = number.text
            metadata.agencyCode = number.agencyCode
            metadata.docYear = number.year
            metadata.docSerial = number.serial
        }
        let header = IssuerHeader.find(in: body, before: numberIndex ?? settings.headerSearchLines)
        let top = max(numberIndex.map { $0 + 1 } ?? 0, header?.range.upperBound ?? 0)

        let title = TitleBlock.find(in: body, from: top)
        let addressees = title.map { Addressees.find(in: body, at: $0.range.upperBound) }
            ?? Addressees.findUntitled(in: body, from: top)
        metadata.title = title?.text ?? ""
        metadata.addressees = addressees?.text ?? ""
        let bodyStart = addressees?.range.upperBound ?? title?.range.upperBound ?? top

        let attachments = AttachmentList.find(in: body, from: bodyStart)
        let attachmentPages = body.attachmentPagesStart(after: attachments?.range.upperBound ?? bodyStart)
        let signature = SignatureBlock.find(in: body, within: bodyStart..<attachmentPages,
                                            skipping: attachments?.range)
        let colophon = Colophon.find(in: body, from: bodyStart)
        metadata.attachments = attachments?.entries ?? []
        metadata.date = signature?.date ?? ""
        metadata.signature = (signature?.agencies ?? []).joined(separator: AgencyNames.separator)
        metadata.issuer = (header?.agencies).map { $0.joined(separator: AgencyNames.separator) } ?? metadata.signature
        metadata.disclosure = colophon.disclosure
        metadata.copyTo = colophon.copyTo
        metadata.printLine = colophon.printLine

        let bodyEnd = [attachments?.range.lowerBound, signature?.range.lowerBound, colophon.firstIndex]
            .compactMap { $0 }.min() ?? body.count
        let bodyText = body.freeText(bodyStart..<max(bodyStart, bodyEnd))
        let recognized = body.lines[(bodyStart..<max(bodyStart, bodyEnd)).clamped(to: body.lines.indices)].contains { line in
            line.glyphs.contains { $0.reading != nil }
        }
        metadata.references = Citations.find(in: bodyText, excluding: metadata.docNumber, recognized: recognized)

        (metadata.fundYear, metadata.fundName) = FundTitle.combined(tableTitles)
        return metadata
    }
}
