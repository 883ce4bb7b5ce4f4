import AllotModel

/// The columns of `sources`: one row per file a notice was read from (the notice document, its portal
/// page, an attachment file, a second PDF with the same doc number).
public enum SourceColumns {
    /// notice_id.
    public static let noticeID = NoticeColumns.noticeID
    /// source_no: 1-based; 1 is the notice document itself.
    public static let sourceNo = DatasetColumn(
        "source_no", .integer, required: true, minimum: 1,
        zh: "来源文件序号（从 1 起，1 为通知本身）。", en: "1-based number of the source; 1 is the notice document itself.")
    /// file as given.
    public static let file = DatasetColumn("file", required: true, zh: "源文件路径（按输入给出）。",
                                           en: "Path of the source file as given.")
    /// kind from the file name.
    public static let kind = DatasetColumn("kind", required: true, zh: "文件类型（pdf、html、xlsx 等，取自文件名）。",
                                           en: "File kind from its name (pdf, html, xlsx …).")
    /// sha256 of the file.
    public static let sha256 = DatasetColumn(
        "sha256", required: true, pattern: "[0-9a-f]{64}", zh: "源文件的 SHA-256（小写十六进制）。",
        en: "SHA-256 of the source file, lowercase hex.")
    /// role of the file for the notice.
    public static let role = DatasetColumn(
        "role", required: true, labels: roles, isEnumeration: true,
        zh: "文件对通知的作用：primary 通知本身，cross_check 核对版本，attachment 附件文件，conflicting 同文号的不同文件，duplicate 相同文件。",
        en: "What the file is to the notice: primary (the notice itself), cross_check (another edition, "
            + "cross-checked), attachment (holds its table), conflicting (another PDF with its doc number), "
            + "duplicate (the same bytes again).")

    /// Every role with its Chinese label.
    static let roles = NoticeSource.Role.allCases.map { DatasetColumn.Label($0.rawValue, label($0)) }

    private static func label(_ role: NoticeSource.Role) -> String {
        switch role {
        case .primary: "通知本身"
        case .crossCheck: "核对版本"
        case .attachment: "附件文件"
        case .conflicting: "同文号的不同文件"
        case .duplicate: "相同文件"
        }
    }

    /// In order.
    public static let all = [noticeID, sourceNo, file, kind, sha256, role]

    /// The files `notice` was read from, the notice document first.
    static func records(_ notice: Notice) -> [DatasetRecord] {
        let sources = notice.sources.isEmpty
            ? [NoticeSource(file: notice.sourceFile, kind: "", sha256: notice.sha256, role: .primary)] : notice.sources
        return sources.enumerated().map { index, source in
            var record = DatasetRecord(.sources)
            record[noticeID] = .text(notice.id)
            record[sourceNo] = .integer(index + 1)
            record[file] = .text(source.file)
            record[kind] = .text(source.kind.isEmpty ? fileKind(source.file) : source.kind)
            record[sha256] = .text(source.sha256)
            record[role] = .text(source.role.rawValue)
            return record
        }
    }

    private static func fileKind(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }
}
