import AllotModel
import Foundation
import XCTest

/// Small hand-built notices: no PDFs, every field the store writes has a value worth checking.
enum StoreFixtures {
    static let columns = [TableColumn(name: "中央资金", role: .amount), TableColumn(name: "省级资金", role: .amount)]

    /// 晋乡振发〔2022〕125号 in miniature: total, one subtotal, two counties, a remark that needs quoting.
    static func shanxi(yuxian: String = "1234.50", source: String = "corpus/jxzf-2022-125.pdf") -> Notice {
        var meta = NoticeMetadata()
        meta.docNumber = "晋乡振发〔2022〕125号"
        meta.agencyCode = "晋乡振发"
        meta.docYear = "2022"
        meta.docSerial = "125"
        meta.issuer = "山西省乡村振兴局"
        meta.signature = "山西省乡村振兴局"
        meta.title = "山西省乡村振兴局关于提前下达2023年中央财政衔接推进乡村振兴补助资金计划的通知"
        meta.addressees = "各市乡村振兴局"
        meta.date = "2022-12-06"
        meta.attachments = [AttachmentEntry(label: "附件1", title: "资金计划表"), AttachmentEntry(label: "附件2", title: "")]
        meta.disclosure = "此件公开发布"
        meta.copyTo = "省财政厅"
        meta.printLine = "山西省乡村振兴局办公室 2022年12月6日印发"
        meta.references = [CitedDocument(docNumber: "财农〔2022〕90号", title: "关于提前下达2023年资金的通知")]
        meta.fundYear = "2023"
        meta.fundName = "中央财政衔接推进乡村振兴补助资金"
        let total = (Decimal(string: yuxian) ?? 0) + 10
        var rows = [
            row(1, .total, "全省合计", "山西省", "140000", "", [text(total), "5"]),
            row(2, .subtotal, "阳泉市小计", "阳泉市", "140300", "140000", [text(total), "5"]),
            row(3, .item, "盂县", "盂县", "140322", "140300", [yuxian, nil], remark: "资金管理型直管县, \"试点\""),
            row(4, .item, "城区", "城区", "140302", "140300", ["10", "5"], page: 4),
        ]
        // The hierarchy the labels give: the total at the top, the subtotal under it, the counties under that.
        for (index, (parent, depth)) in zip([nil, 1, 2, 2], [0, 1, 2, 2]).enumerated() {
            rows[index].parent = parent
            rows[index].depth = depth
            rows[index].hierarchySignal = .label
        }
        // A two-level header: both amount columns under 下达资金.
        let sourced = columns.map { column in
            var column = column
            column.parent = "下达资金"
            return column
        }
        var table = AllocationTable(index: 1, title: "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表",
                                    unit: "万元", attachment: "附件1", amountColumns: sourced, rows: rows)
        table.kind = .allocation
        // The relations the table was checked by: a vertical sum that fails, one not checked with its
        // reason, and a row identity with one part.
        table.relationChecks = [
            RelationCheck(table: 1, kind: .verticalLabel, row: 1, page: 3, name: "全省合计", column: 1, columnName: "省级资金",
                          partRows: [2], partColumns: [1], stated: Decimal(string: "5"), computed: Decimal(string: "5.5"),
                          status: .fails),
            RelationCheck(table: 1, kind: .verticalLabel, row: 2, page: 3, name: "阳泉市小计", column: 0,
                          columnName: "中央资金", partRows: [3, 4], partColumns: [0], stated: total, computed: total,
                          status: .notChecked, reason: "next to a part of the table that may be missing"),
            RelationCheck(table: 1, kind: .horizontal, row: 4, page: 4, name: "城区", column: 0, columnName: "中央资金",
                          partRows: [4], partColumns: [1], stated: 10, computed: 5, status: .notChecked,
                          reason: "row identities not confirmed by the table: \"0 of 1\", hold"),
        ]
        // The detail spans two lines: messages with line breaks must survive CSV quoting.
        let finding = Finding(.total, table: 1, row: 1, page: 3, name: "全省合计", column: "省级资金",
                              stated: Decimal(string: "5"), computed: Decimal(string: "5.5"),
                              [.detail: ";\nsee the printed subtotals"])
        // A finding about two places: the sentence of the body text restating the cell.
        var restated = Finding(.textTable, table: 1, row: 1, page: 3, name: "全省合计", column: "中央资金",
                               stated: Decimal(string: "12"), computed: Decimal(string: "10"), [.subject: "全省合计"])
        restated.related = FindingLocation(table: 0, page: 1, name: "全省合计", value: Decimal(string: "12"),
                                           quote: "下达资金共计12万元，\"其中\"中央资金…")
        var notice = Notice(id: meta.docNumber, metadata: meta, sourceFile: source,
                            sha256: String(repeating: "ab", count: 32), pageCount: 5, tables: [table],
                            findings: [finding, restated])
        notice.kind = .allocationNotice
        return notice
    }

    /// A second notice with two tables, listed out of order, and a row without a region.
    static func gansu() -> Notice {
        var meta = NoticeMetadata()
        meta.docNumber = "甘财农〔2023〕7号"
        meta.issuer = "甘肃省财政厅"
        meta.date = "2023-01-05"
        let first = AllocationTable(index: 1, title: "表一", unit: "万元", attachment: "", amountColumns: [columns[0]],
                                    rows: [row(1, .item, "兰州市本级", "", "", "", ["100"])])
        // Table two as a two-sided table with classification codes (split 类 | 款 | 项, and one cell).
        var yuzhong = row(2, .item, "榆中县", "榆中县", "620123", "620100", ["2,000"])
        (yuzhong.printedCode, yuzhong.code, yuzhong.hierarchySignal, yuzhong.side) = ("201 06 01", "2010601", .code, 1)
        var yongdeng = row(1, .item, "永登县", "永登县", "620121", "620100", ["0.75"])
        (yongdeng.printedCode, yongdeng.code, yongdeng.hierarchySignal) = ("30101", "30101", .code)
        var second = AllocationTable(index: 2, title: "表二", unit: "元", attachment: "", amountColumns: [columns[0]],
                                     rows: [yuzhong, yongdeng])
        second.kind = .twoSided
        var notice = Notice(id: meta.docNumber, metadata: meta, sourceFile: "corpus/gansu.pdf",
                            sha256: String(repeating: "cd", count: 32), pageCount: 2, tables: [second, first],
                            findings: [])
        notice.kind = .budgetDisclosure
        // Read from its PDF and a portal page that links its table as an attachment.
        notice.sources = [
            NoticeSource(file: "corpus/gansu.pdf", kind: "pdf", sha256: String(repeating: "cd", count: 32), role: .primary),
            NoticeSource(file: "corpus/gansu.html", kind: "html", sha256: String(repeating: "ef", count: 32),
                         role: .crossCheck),
        ]
        notice.attachmentLinks = [AttachmentLink(label: "附件1", fileName: "表一, 表二.xlsx", url: "/files/a.xlsx?id=1")]
        return notice
    }

    /// A notice without a printed doc number.
    static func anonymous() -> Notice {
        let table = AllocationTable(index: 1, title: "", unit: "万元", attachment: "", amountColumns: [columns[0]],
                                    rows: [row(1, .item, "  前后空格  ", "", "", "", [nil])])
        return Notice(id: "sha256:0123456789abcdef", metadata: NoticeMetadata(), sourceFile: "corpus/x, y.pdf",
                      sha256: "0123456789abcdef" + String(repeating: "0", count: 48), pageCount: 1,
                      tables: [table], findings: [])
    }

    /// A portal page without a table (a notice-level finding: empty table, row and page) and with its
    /// canonical address.
    static func tableless() -> Notice {
        var notice = Notice(id: "丙〔2022〕3号", metadata: NoticeMetadata(), sourceFile: "corpus/c.html",
                            sha256: String(repeating: "12", count: 32), pageCount: 1, tables: [],
                            findings: [Finding(.noTable, table: 0, page: 0)])
        notice.sourceURL = "https://czt.example.gov.cn/t3.html"
        return notice
    }

    static var all: [Notice] { [shanxi(), gansu(), anonymous()] }

    static func row(_ number: Int, _ level: RowLevel, _ name: String, _ region: String, _ code: String,
                    _ parent: String, _ amounts: [String?], remark: String = "", page: Int = 3) -> AllocationRow {
        AllocationRow(number: number, page: page, level: level, rawName: name, name: name, region: region,
                      amounts: amounts.map { $0.map(amount) }, rawAmounts: amounts.map { $0 ?? "—" }, remark: remark,
                      divisionCode: code, parentCode: parent)
    }

    static func amount(_ text: String) -> Amount {
        let canonical = text.replacingOccurrences(of: ",", with: "")
        return Amount(value: Decimal(string: canonical) ?? 0, text: canonical)
    }

    static func text(_ value: Decimal) -> String { "\(value)" }

    /// A fresh empty folder under the temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("allot-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Bytes of every file in `directory` except the SQLite store, by name.
    static func files(in directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where !name.hasPrefix("allot.sqlite") {
            files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return files
    }
}

extension StoreFixtures {
    /// A notice whose texts would run as spreadsheet formulas (=, +, -, @, tab, CR, and a leading
    /// apostrophe), with a negative amount that must stay a number.
    static func hostile() -> Notice {
        var meta = NoticeMetadata()
        meta.docNumber = "=HYPERLINK(\"http://x\")"
        meta.title = "+cmd|' /C calc'!A0"
        meta.issuer = "@SUM(1+1)*cmd|' /C calc'!A0"
        meta.references = [CitedDocument(docNumber: "-2+3", title: "\tindented")]
        let rows = [
            row(1, .item, "=1+2", "", "", "", ["-5"], remark: "\r=evil"),
            row(2, .item, "'quoted", "", "", "", ["7"], remark: "-"),
        ]
        let table = AllocationTable(index: 1, title: "@title", unit: "万元", attachment: "", amountColumns: [columns[0]],
                                    rows: rows)
        let finding = Finding(.negativeAmount, table: 1, row: 1, page: 3, name: "=1+2", column: "中央资金", [.text: "-5"])
        return Notice(id: "sha256:fedcba9876543210", metadata: meta, sourceFile: "corpus/=evil.pdf",
                      sha256: String(repeating: "ef", count: 32), pageCount: 1, tables: [table], findings: [finding])
    }
}

/// A test case with a fresh temporary folder, `root`, removed after each test.
class FolderTestCase: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = try StoreFixtures.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }
}
