import AllotModel
import AllotText

/// What one raw row says by itself, before the table around it is known: its label, level and
/// exact amounts. The normalize stage places drafts in the hierarchy and codes their regions,
/// then builds each `AllocationRow` once.
///
/// A large sheet holds a draft of every row while it is normalized (beside the rows built from
/// the drafts), so the draft is laid out small (80 bytes, up to two plain amounts inline: `RowAmounts`): positions as 32-bit
/// numbers and the side as a 16-bit one (clamped; no table reaches them) with the level beside them,
/// the label held once when it is printed as it normalizes and when it is the region it names (an
/// item's is), and the printed amount texts when they differ from the amounts' own texts, a remark,
/// a classification code (which a project list has none of) or another printed label or named
/// region in a box only when there is one.
struct RowDraft: Sendable {
    /// The label as printed.
    var rawName: String { place.forms.contains(.rawIsName) ? name : marks?.rawName ?? "" }
    /// The label normalized.
    let name: String
    /// The region the label names, nil when it does not say (合计, 小计).
    var namedRegion: String? {
        if place.forms.contains(.regionIsName) { return name }
        return place.forms.contains(.noRegion) ? nil : marks?.namedRegion ?? ""
    }
    /// Exact amounts, one per amount column.
    var amounts: [Amount?] { rowAmounts.amounts }
    /// The amounts as held (inline when few and plain).
    let rowAmounts: RowAmounts
    /// Number, page, printed row, side, level and which texts are the label (16 bytes).
    private let place: (number: Int32, page: Int32, printedRow: Int32, side: Int16, level: RowLevel, forms: DraftForms)
    /// `indent` and `labelEnd` when measured (NaN when not).
    private let extent: (indent: Double, labelEnd: Double)
    /// Remark and classification code, nil when the row has neither.
    private let marks: DraftMarks?

    /// Level from the label (a labelled row without amounts is a group heading).
    var level: RowLevel { place.level }
    /// 1-based order among the table's data rows.
    var number: Int { Int(place.number) }
    /// Page the row is printed on.
    var page: Int { Int(place.page) }
    /// The side of a two-sided table the row was read from (0 otherwise).
    var side: Int { Int(place.side) }
    /// 1-based row of the raw table the row was read from (both halves of a two-sided table read one).
    var printedRow: Int { Int(place.printedRow) }
    /// Left edge of the label in em (`RawTableRow.labelIndent`), nil when not measured.
    var indent: Double? { extent.indent.isNaN ? nil : extent.indent }
    /// Right edge of the label's first line in em (`RawTableRow.labelEnd`), nil when not measured.
    var labelEnd: Double? { extent.labelEnd.isNaN ? nil : extent.labelEnd }
    /// Amount cells as printed.
    var rawAmounts: [String] { marks?.printedAmounts ?? (0..<rowAmounts.count).map { rowAmounts[$0]?.text ?? "" } }
    /// Remark, normalized.
    var remark: String { marks?.remark ?? "" }
    /// Classification code printed on the row (类 | 款 | 项 cells or in front of the label).
    var code: ClassificationCode? { marks?.code }

    init(number: Int, page: Int, level: RowLevel, rawName: String, name: String, namedRegion: String?,
         amounts: [Amount?], rawAmounts: [String], remark: String, code: ClassificationCode? = nil, side: Int = 0,
         indent: Double? = nil, labelEnd: Double? = nil, printedRow: Int = 0) {
        self.name = name
        rowAmounts = RowAmounts(amounts)
        let derived = rawAmounts.count == amounts.count
            && zip(rawAmounts, amounts).allSatisfy { text, amount in text == (amount?.text ?? "") }
        var forms: DraftForms = []
        if rawName == name { forms.insert(.rawIsName) }
        if namedRegion == nil { forms.insert(.noRegion) } else if namedRegion == name { forms.insert(.regionIsName) }
        place = (Int32(clamping: number), Int32(clamping: page), Int32(clamping: printedRow), Int16(clamping: side),
                 level, forms)
        // A measured extent is finite; NaN stands for "not measured".
        extent = (indent.flatMap { $0.isNaN ? nil : $0 } ?? .nan, labelEnd.flatMap { $0.isNaN ? nil : $0 } ?? .nan)
        let otherRaw = forms.contains(.rawIsName) ? nil : rawName
        let otherRegion = forms.contains(.noRegion) || forms.contains(.regionIsName) ? nil : namedRegion
        marks = remark.isEmpty && code == nil && derived && otherRaw == nil && otherRegion == nil ? nil
            : DraftMarks(remark: remark, code: code, printedAmounts: derived ? nil : rawAmounts, rawName: otherRaw,
                         namedRegion: otherRegion)
    }

    /// The same row at another level (a row with parts is a subtotal).
    func at(_ level: RowLevel) -> RowDraft {
        RowDraft(number: number, page: page, level: level, rawName: rawName, name: name, namedRegion: namedRegion,
                 amounts: amounts, rawAmounts: rawAmounts, remark: remark, code: code, side: side, indent: indent,
                 labelEnd: labelEnd, printedRow: printedRow)
    }
}

/// A table's drafts, in chunks let go as its rows are built.
typealias RowDrafts = ChunkedRows<RowDraft>

/// A draft's remark, classification code and amount cells as printed (nil when each is its
/// amount's text, or empty where there is none: a large sheet's drafts then hold no second array
/// of texts), and its printed label and named region when they are not its label; shared between
/// copies of the draft.
private final class DraftMarks: Sendable {
    let remark: String
    let code: ClassificationCode?
    let printedAmounts: [String]?
    let rawName: String?
    let namedRegion: String?

    init(remark: String, code: ClassificationCode?, printedAmounts: [String]?, rawName: String?, namedRegion: String?) {
        self.remark = remark
        self.code = code
        self.printedAmounts = printedAmounts
        self.rawName = rawName
        self.namedRegion = namedRegion
    }
}

/// Which of a draft's texts are its label.
private struct DraftForms: OptionSet, Sendable {
    let rawValue: UInt8

    /// The label is printed as it normalizes.
    static let rawIsName = DraftForms(rawValue: 1)
    /// The label names no region (合计, 小计).
    static let noRegion = DraftForms(rawValue: 2)
    /// The region the label names is the label (an item's).
    static let regionIsName = DraftForms(rawValue: 4)
}
