import AllotModel
import AllotReconcile
import Foundation

/// Joins the files of one notice: the notice document keeps its metadata, rows come from the PDF
/// when there is one, every other file is listed among the sources and cross-checked against it.
enum SourceMerger {
    /// A file that holds the notice's table (an attachment linked from its page, or a file named
    /// after its doc number), joined to the notice: when the notice has no table of its own, the
    /// attachment's tables are read as its tables; otherwise they are cross-checked.
    static func attach(_ attachment: Notice, to notice: Notice) -> Notice {
        var joined = notice
        var source = attachment.sources.first ?? source(of: attachment, role: .attachment)
        source.role = .attachment
        joined.sources.append(source)
        if joined.sourceURL.isEmpty { joined.sourceURL = attachment.sourceURL }
        if notice.tables.isEmpty {
            joined.tables = attachment.tables
            joined.findings = (notice.findings + attachment.findings).filter { $0.check != .noTable }
            joined.pageCount = max(notice.pageCount, attachment.pageCount)
            if joined.metadata.fundYear.isEmpty { joined.metadata.fundYear = attachment.metadata.fundYear }
            if joined.metadata.fundName.isEmpty { joined.metadata.fundName = attachment.metadata.fundName }
            // The body's figures (共计下达…万元) against the tables the attachment brings, exactly as
            // against tables printed in the notice itself (its own tables were none, so nothing
            // was compared when it was read).
            joined.findings += NarrativeCheck.findings(notice.bodyFigures, tables: joined.tables, findings: joined.findings)
        } else if !attachment.tables.isEmpty {
            joined.findings += SourceComparer.compare(pdf: notice, html: attachment)
        }
        return joined
    }

    /// Another edition of the notice (a portal page beside the PDF): cross-checked cell by cell.
    static func crossCheck(_ notice: Notice, with other: Notice) -> Notice {
        var joined = notice
        if !other.tables.isEmpty, !notice.tables.isEmpty {
            joined.findings += SourceComparer.compare(pdf: notice, html: other)
        }
        var source = other.sources.first ?? source(of: other, role: .crossCheck)
        source.role = .crossCheck
        joined.sources.append(source)
        // The portal page's address is where the PDF beside it is published too.
        if joined.sourceURL.isEmpty { joined.sourceURL = other.sourceURL }
        return joined
    }

    /// A second file with the same doc number as the kept notice: the same bytes again (listed as
    /// a duplicate), another printing of the same table with nothing wrong in it (an agreeing
    /// edition, cross-checked), or a different PDF (a `conflicting_sources` finding naming both
    /// files, how many cells differ and what its own checks found, so none of it vanishes).
    static func conflict(_ notice: Notice, with other: Notice) -> Notice {
        var joined = notice
        var source = other.sources.first ?? source(of: other, role: .conflicting)
        guard other.sha256 != notice.sha256 else {
            source.role = .duplicate
            joined.sources.append(source)
            return joined
        }
        let differing = SourceComparer.compare(pdf: notice, html: other).count
        let problems = Dictionary(grouping: other.findings.filter(\.isProblem), by: \.check)
            .map { (en: "\($0.key.rawValue) ×\($0.value.count)", zh: "\($0.key.labelZH) ×\($0.value.count)") }
            .sorted { $0.en < $1.en }
        // Another printing of the same table (cell for cell, nothing wrong in it): an agreeing edition.
        source.role = differing == 0 && problems.isEmpty ? .crossCheck : .conflicting
        joined.sources.append(source)
        guard source.role == .conflicting else { return joined }
        joined.findings.append(Finding(.conflictingSources, table: 0, page: 0, [
            .subject: notice.id, .file: notice.sourceFile, .text: other.sourceFile,
            .detail: "\(differing) cell(s) differ"
                + (problems.isEmpty ? "" : "; its own checks found " + problems.map(\.en).joined(separator: ", ")),
            .detailZH: "\(differing) 个单元格不同"
                + (problems.isEmpty ? "" : "；其自身核对发现 " + problems.map(\.zh).joined(separator: "、")),
        ]))
        return joined
    }

    /// The source record of a notice read from one file.
    static func source(of notice: Notice, role: NoticeSource.Role) -> NoticeSource {
        NoticeSource(file: notice.sourceFile, kind: NoticeProcessor.kind(of: notice.sourceFile), sha256: notice.sha256,
                     role: role)
    }

    /// The names an attachment link may be saved under: the name it shows and its target's name.
    static func fileNames(of link: AttachmentLink) -> [String] {
        let target = link.url.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? link.url
        let targetName = target.split(separator: "/").last.map { String($0).removingPercentEncoding ?? String($0) }
        return ([link.fileName] + [targetName].compactMap { $0 }).filter { !$0.isEmpty }.map { $0.lowercased() }
    }
}
