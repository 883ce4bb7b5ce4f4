import AllotModel

/// The columns of `citations`: one row per document cited in a notice's body.
public enum CitationColumns {
    /// notice_id.
    public static let noticeID = NoticeColumns.noticeID
    /// citation_no: 1-based order of first citation.
    public static let citationNo = DatasetColumn(
        "citation_no", .integer, required: true, minimum: 1, formerNames: ["reference_no"],
        zh: "被引文件在通知中首次引用的顺序（从 1 起）。", en: "1-based order of first citation in the notice.")
    /// doc_number of the cited document.
    public static let docNumber = DatasetColumn("doc_number", required: true, zh: "被引文件的发文字号（规范化）。",
                                                en: "Document number of the cited document, normalized.")
    /// title of the cited document.
    public static let title = DatasetColumn("title", zh: "被引文件标题（《》内文字），未给出时为空。",
                                            en: "Title of the cited document (inside 《》); empty when not given.")

    /// In order.
    public static let all = [noticeID, citationNo, docNumber, title]

    /// The documents `notice` cites, in order of first citation.
    static func records(_ notice: Notice) -> [DatasetRecord] {
        notice.metadata.references.enumerated().map { index, cited in
            var record = DatasetRecord(.citations)
            record[noticeID] = .text(notice.id)
            record[citationNo] = .integer(index + 1)
            record[docNumber] = .text(cited.docNumber)
            record[title] = .text(cited.title)
            return record
        }
    }
}
