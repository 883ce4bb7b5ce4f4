import AllotModel
import AllotReport
import Foundation

/// A two-page table as plain values: rows 1–3 on page 1 (total, subtotal, item), row 4 on page 2.
/// Header cells: 市县名 100–150, 中央资金 250–300, 备注 400–440 (so zones cut at 200 and 350).
enum PageSample {
    static let columns = [
        TableColumn(name: "市县名", role: .label, x0: 100, x1: 150),
        TableColumn(name: "中央资金", role: .amount, x0: 250, x1: 300),
        TableColumn(name: "备注", role: .remark, x0: 400, x1: 440),
    ]

    static let rows: [(level: RowLevel, page: Int, cells: [String], box: Box)] = [
        (.total, 1, ["全省合计", "300", ""], Box(x0: 100, y0: 200, x1: 300, y1: 212)),
        (.subtotal, 1, ["太原市小计", "300", ""], Box(x0: 100, y0: 220, x1: 300, y1: 232)),
        (.item, 1, ["娄烦县", "200", "资金管理型直管县"], Box(x0: 100, y0: 240, x1: 450, y1: 252)),
        (.item, 2, ["阳曲县", "100", ""], Box(x0: 100, y0: 100, x1: 300, y1: 112)),
    ]

    static let findings = [
        Finding(.subtotal, table: 1, row: 2, page: 1, name: "太原市小计", column: "中央资金", stated: 300, computed: 200),
        Finding(.duplicateRow, table: 1, row: 3, page: 1, name: "娄烦县", [.first: "2"]),
        Finding(.negativeAmount, table: 1, row: 4, page: 2, name: "阳曲县", column: "中央资金", stated: -5,
                [.text: "-5"]),
    ]

    static let dropped = [
        DroppedLine(line: line(page: 1, box: Box(x0: 280, y0: 800, x1: 320, y1: 812), ["— 1 —"]), reason: .pageNumber),
        DroppedLine(line: line(page: 2, box: Box(x0: 100, y0: 80, x1: 440, y1: 92), ["市县名", "中央资金", "备注"]),
                    reason: .repeatedHeader),
    ]

    /// A line of `texts`, one cell each, over `box`.
    private static func line(page: Int, box: Box, _ texts: [String]) -> TextLine {
        TextLine(page: page, box: box, fontSize: box.height, cells: texts.map { TextCell(text: $0, box: box) }, glyphs: [])
    }

    static func input(page: Int) -> PageOverlayInput {
        let raw = RawTable(index: 1, title: "资金分配表", unit: "万元", attachment: "附件", columns: columns,
                           rows: rows.map { RawTableRow(page: $0.page, cells: $0.cells, box: $0.box) })
        let allocationRows = rows.enumerated().map { index, row in
            AllocationRow(number: index + 1, page: row.page, level: row.level, rawName: row.cells[0], name: row.cells[0],
                          region: row.cells[0], amounts: [Amount(value: Decimal(string: row.cells[1]) ?? 0, text: row.cells[1])],
                          rawAmounts: [row.cells[1]], remark: row.cells[2])
        }
        let table = AllocationTable(index: 1, title: raw.title, unit: raw.unit, attachment: raw.attachment,
                                    amountColumns: [columns[1]], rows: allocationRows)
        let notice = Notice(id: "晋乡振发〔2022〕125号", metadata: NoticeMetadata(), sourceFile: "sample.pdf",
                            sha256: String(repeating: "0", count: 64), pageCount: 2, tables: [table], findings: findings)
        return PageOverlayInput(page: page, notice: notice, tables: [raw], dropped: dropped)
    }
}
