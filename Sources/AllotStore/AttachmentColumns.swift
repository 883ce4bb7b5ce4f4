import AllotModel

/// The columns of `attachments`: one row per attachment a notice's portal page links to instead of
/// printing it (附件：<a href="…pdf">…</a>).
public enum AttachmentColumns {
    /// notice_id.
    public static let noticeID = NoticeColumns.noticeID
    /// attachment_no: 1-based order on the page.
    public static let attachmentNo = DatasetColumn(
        "attachment_no", .integer, required: true, minimum: 1, zh: "附件链接在页面上的顺序（从 1 起）。",
        en: "1-based order of the attachment link on the page.")
    /// label the link stands under.
    public static let label = DatasetColumn("label", zh: "附件标注（附件、附件1）。",
                                            en: "The label the link stands under (附件, 附件1).")
    /// file_name the link names.
    public static let fileName = DatasetColumn("file_name", required: true, zh: "链接文件名（…计划表.pdf）。",
                                               en: "The linked file's name as the link gives it.")
    /// url as written in the page.
    public static let url = DatasetColumn("url", required: true, zh: "链接地址（按页面原样）。",
                                          en: "The link target as written in the page.")

    /// In order.
    public static let all = [noticeID, attachmentNo, label, fileName, url]

    /// The attachment links of `notice`, in page order.
    static func records(_ notice: Notice) -> [DatasetRecord] {
        notice.attachmentLinks.enumerated().map { index, link in
            var record = DatasetRecord(.attachments)
            record[noticeID] = .text(notice.id)
            record[attachmentNo] = .integer(index + 1)
            record[label] = .text(link.label)
            record[fileName] = .text(link.fileName)
            record[url] = .text(link.url)
            return record
        }
    }
}
