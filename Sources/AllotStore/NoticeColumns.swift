import AllotModel

/// The columns of `notices`: one row per notice.
public enum NoticeColumns {
    /// The notice id, in every table (the key child tables refer to).
    public static let noticeID = DatasetColumn(
        "notice_id", required: true,
        zh: "通知标识：规范化发文字号（晋乡振发〔2022〕125号）；未印文号时为 sha256: 加源文件哈希前 16 位。",
        en: "Notice identifier: the normalized document number, or sha256: plus the first 16 hex digits of "
            + "the source file's hash when none is printed.")
    /// doc_number.
    public static let docNumber = DatasetColumn("doc_number", zh: "发文字号（规范化），未找到时为空。",
                                                en: "Document number, normalized; empty when none was found.")
    /// issuer.
    public static let issuer = DatasetColumn("issuer", zh: "发文机关（发文机关标志，不含“文件”）。",
                                             en: "Issuing authority from the masthead, without the trailing 文件.")
    /// title.
    public static let title = DatasetColumn("title", zh: "公文标题。", en: "Title of the notice.")
    /// date.
    public static let date = DatasetColumn("date", .date, zh: "成文日期，ISO 8601。", en: "Date of issue, ISO 8601.")
    /// source_file.
    public static let sourceFile = DatasetColumn("source_file", required: true, zh: "源文件路径（按读取时给出的写法）。",
                                                 en: "Path of the source file as it was given to allot.")
    /// source_sha256.
    public static let sourceSHA256 = DatasetColumn(
        "source_sha256", required: true, pattern: "[0-9a-f]{64}",
        zh: "源文件的 SHA-256（小写十六进制）。", en: "SHA-256 of the source file, lower-case hex.")
    /// page_count.
    public static let pageCount = DatasetColumn("page_count", .integer, required: true, minimum: 0, formerNames: ["pages"],
                                                zh: "源文件页数。", en: "Number of pages of the source file.")
    /// table_count.
    public static let tableCount = DatasetColumn("table_count", .integer, required: true, minimum: 0,
                                                 formerNames: ["tables"], zh: "分配表数量。", en: "Number of allocation tables.")
    /// row_count.
    public static let rowCount = DatasetColumn("row_count", .integer, required: true, minimum: 0, formerNames: ["rows"],
                                               zh: "各分配表数据行总数。", en: "Number of data rows over all tables.")
    /// finding_count.
    public static let findingCount = DatasetColumn("finding_count", .integer, required: true, minimum: 0,
                                                   formerNames: ["findings"], zh: "核对发现数量（含提示）。",
                                                   en: "Number of findings, notes included.")
    /// agency_code.
    public static let agencyCode = DatasetColumn("agency_code", zh: "发文字号中的机关代字（晋乡振发）。",
                                                 en: "Agency code of the document number (晋乡振发).")
    /// doc_year.
    public static let docYear = DatasetColumn("doc_year", pattern: "[0-9]{4}", zh: "发文字号中的年份。",
                                              en: "Year of the document number.")
    /// doc_serial.
    public static let docSerial = DatasetColumn("doc_serial", zh: "发文字号中的序号。", en: "Serial of the document number.")
    /// signature.
    public static let signature = DatasetColumn("signature", zh: "发文机关署名。", en: "Signature of the issuing authority.")
    /// addressees.
    public static let addressees = DatasetColumn("addressees", zh: "主送机关。", en: "Addressees (主送机关).")
    /// fund_year.
    public static let fundYear = DatasetColumn("fund_year", pattern: "[0-9]{4}", zh: "表题所述资金年度（提前下达2023年… → 2023）。",
                                               en: "Fund year stated by the table title.")
    /// fund_name.
    public static let fundName = DatasetColumn("fund_name", zh: "表题所述资金名称。", en: "Fund name stated by the table title.")
    /// attachments.
    public static let attachments = DatasetColumn("attachments", zh: "附件说明：各项写作“标签：标题”，以“；”分隔。",
                                                  en: "Attachment list: entries written label：title, separated by ；.")
    /// disclosure.
    public static let disclosure = DatasetColumn("disclosure", zh: "公开属性（此件公开发布等），不含括号。",
                                                 en: "Disclosure note (此件公开发布 …), without brackets.")
    /// copy_to.
    public static let copyTo = DatasetColumn("copy_to", zh: "抄送机关，不含“抄送：”。", en: "Copy-to line, without the 抄送： lead-in.")
    /// print_line.
    public static let printLine = DatasetColumn("print_line", zh: "印发机关和印发日期。", en: "Print line: printing office and date.")
    /// document_kind: what the document is.
    public static let documentKind = DatasetColumn(
        "document_kind", required: true,
        labels: DocumentKind.allCases.map { DatasetColumn.Label($0.rawValue, kindLabels[$0] ?? $0.rawValue) },
        isEnumeration: true,
        zh: "文件类型（由标题、表题及表的类型判断）：allocation_notice 资金分配通知，budget_disclosure 预算公开，"
            + "final_account_disclosure 决算公开，other 其他。",
        en: "Kind of document, judged from its title and its tables' titles and kinds: allocation_notice, "
            + "budget_disclosure (部门预算), final_account_disclosure (部门决算), or other."
    ).backfilled(by: "'other'")
    /// scanned: the pages read by OCR.
    public static let scanned = DatasetColumn(
        "scanned", pattern: "[0-9]+(,[0-9]+)*",
        zh: "经图像识别（OCR）读取的页码，以逗号分隔（3,4,5）；全部页面均有文本层时为空。",
        en: "Pages read by OCR from their image, comma-separated (3,4,5); empty when every page has a text layer.")

    /// source_url: where the notice is published.
    public static let sourceURL = DatasetColumn(
        "source_url", zh: "通知的发布网址：网页的 canonical 链接（或 og:url），或读取时以 --source-url 给出；未知时为空。",
        en: "Where the notice is published: its portal page's canonical link (or og:url), or the URL given with "
            + "--source-url; empty when unknown."
    ).backfilled(by: "''")

    /// In order.
    public static let all = [
        noticeID, docNumber, issuer, title, date, sourceFile, sourceSHA256, pageCount, tableCount, rowCount, findingCount,
        agencyCode, docYear, docSerial, signature, addressees, fundYear, fundName, attachments, disclosure, copyTo,
        printLine, documentKind, sourceURL, scanned,
    ]

    private static let kindLabels: [DocumentKind: String] = [
        .allocationNotice: "资金分配通知", .budgetDisclosure: "预算公开", .finalAccountDisclosure: "决算公开", .other: "其他",
    ]

    /// The row of `notice`.
    static func record(_ notice: Notice) -> DatasetRecord {
        let meta = notice.metadata
        var record = DatasetRecord(.notices)
        record[noticeID] = .text(notice.id)
        record[docNumber] = .text(meta.docNumber)
        record[issuer] = .text(meta.issuer)
        record[title] = .text(meta.title)
        record[date] = .text(meta.date)
        record[sourceFile] = .text(notice.sourceFile)
        record[sourceSHA256] = .text(notice.sha256)
        record[pageCount] = .integer(notice.pageCount)
        record[tableCount] = .integer(notice.tables.count)
        record[rowCount] = .integer(notice.tables.reduce(0) { $0 + $1.rows.count })
        record[findingCount] = .integer(notice.findings.count)
        record[agencyCode] = .text(meta.agencyCode)
        record[docYear] = .text(meta.docYear)
        record[docSerial] = .text(meta.docSerial)
        record[signature] = .text(meta.signature)
        record[addressees] = .text(meta.addressees)
        record[fundYear] = .text(meta.fundYear)
        record[fundName] = .text(meta.fundName)
        record[attachments] = .text(attachmentText(meta.attachments))
        record[disclosure] = .text(meta.disclosure)
        record[copyTo] = .text(meta.copyTo)
        record[printLine] = .text(meta.printLine)
        record[documentKind] = .text(notice.kind.rawValue)
        record[sourceURL] = .text(notice.sourceURL)
        record[scanned] = .text(notice.scannedPages.map(String.init).joined(separator: ","))
        return record
    }

    /// Attachment list as one field: `label：title` entries joined by `；` (label alone when untitled).
    static func attachmentText(_ entries: [AttachmentEntry]) -> String {
        entries.map { $0.title.isEmpty ? $0.label : "\($0.label)：\($0.title)" }.joined(separator: "；")
    }
}
