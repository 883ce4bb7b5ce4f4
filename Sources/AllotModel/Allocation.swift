import Foundation

/// The level of a table row in the allocation hierarchy.
public enum RowLevel: String, Sendable, Codable, CaseIterable {
    /// Grand total (全省合计, 合计, 总计).
    case total
    /// Prefecture subtotal (太原市小计, 小计, 太原市合计).
    case subtotal
    /// A county or other recipient.
    case item
    /// A heading that names the group of items below it and carries no amounts (临夏回族自治州 above
    /// its counties, closed by a bare 小计).
    case group
}

/// An exact amount as printed.
///
/// Held compactly (16 bytes, no text allocated) when the text is the canonical form of at most 19
/// significant digits and the value is exactly the Decimal that text reads as (what AmountParser
/// gives for every plain printed number); anything else keeps the value and the text as given.
/// A large sheet holds one per amount cell while its table is reconciled.
public struct Amount: Hashable, Sendable {
    private var storage: AmountStorage

    /// Exact value.
    public var value: Decimal {
        get {
            switch storage {
            case let .digits(digits): digits.value
            case let .given(given): given.value
            }
        }
        set { storage = AmountStorage(value: newValue, text: text) }
    }

    /// Canonical text: ASCII digits, no grouping separators, decimals as printed.
    public var text: String {
        get {
            switch storage {
            case let .digits(digits): digits.text
            case let .given(given): given.text
            }
        }
        set { storage = AmountStorage(value: value, text: newValue) }
    }

    /// Creates an amount.
    public init(value: Decimal, text: String) {
        storage = AmountStorage(value: value, text: text)
    }

    /// Appends the UTF-8 bytes of `text` to `bytes`, without making the String.
    public func writeText(to bytes: inout [UInt8]) {
        switch storage {
        case let .digits(digits): digits.withText { bytes.append(contentsOf: $0) }
        case let .given(given): bytes.append(contentsOf: given.text.utf8)
        }
    }

    public static func == (lhs: Amount, rhs: Amount) -> Bool {
        if case let .digits(left) = lhs.storage, case let .digits(right) = rhs.storage { return left == right }
        return lhs.value == rhs.value && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }
}

/// How an `Amount` is held: its digits, or the value and text as given.
private enum AmountStorage: Sendable {
    case digits(AmountDigits)
    case given(GivenAmount)

    init(value: Decimal, text: String) {
        if let digits = AmountDigits(text: text), digits.value.isBitwiseEqual(to: value) {
            self = .digits(digits)
        } else {
            self = .given(GivenAmount(value: value, text: text))
        }
    }
}

extension Amount {
    /// The amount of a canonical number's digits (-12.50: 1250, 2 decimals, negative), held as
    /// `init(value:text:)` holds that number's canonical text and value, without printing the text
    /// and reading it back; nil for digits no canonical text has (more than 19 decimals, a negative
    /// zero, a zero with decimals).
    public init?(magnitude: UInt64, decimals: Int, negative: Bool) {
        guard (0...19).contains(decimals), !negative || magnitude != 0, magnitude != 0 || decimals == 0 else { return nil }
        storage = .digits(AmountDigits(magnitude: magnitude, decimals: UInt8(decimals), negative: negative))
    }

    /// The amount in 64 bits (`RowAmounts`): a set bit 63, the sign in bit 62, the decimals in bits
    /// 57-61 and the magnitude below; nil when it is not held as digits or its magnitude needs more
    /// than 57 bits (it is then held boxed, exactly as given).
    var packed: UInt64? {
        guard case let .digits(digits) = storage, digits.magnitude < Self.packedMagnitudeLimit,
              digits.decimals < 32 else { return nil }
        return 1 << 63 | (digits.negative ? 1 << 62 : 0) | UInt64(digits.decimals) << 57 | digits.magnitude
    }

    /// The amount `packed` gave.
    init(packed: UInt64) {
        storage = .digits(AmountDigits(magnitude: packed & (Self.packedMagnitudeLimit - 1),
                                       decimals: UInt8(truncatingIfNeeded: (packed >> 57) & 31),
                                       negative: packed & (1 << 62) != 0))
    }

    /// Magnitudes below this fit in a packed amount (57 bits: 17 significant digits, at least).
    private static let packedMagnitudeLimit: UInt64 = 1 << 57
}

/// An amount that is not held as digits: its value and text, shared between copies.
private final class GivenAmount: Sendable {
    let value: Decimal
    let text: String

    init(value: Decimal, text: String) {
        self.value = value
        self.text = text
    }
}

/// A canonical amount text's digits: magnitude, decimals and sign (-12.50: 1250, 2, negative).
private struct AmountDigits: Hashable, Sendable {
    let magnitude: UInt64
    let decimals: UInt8
    let negative: Bool

    init(magnitude: UInt64, decimals: UInt8, negative: Bool) {
        self.magnitude = magnitude
        self.decimals = decimals
        self.negative = negative
    }

    /// The digits of `text` when it is canonical (an optional "-" before a nonzero amount, no
    /// leading zeros in the integer part, at most 19 significant digits); nil otherwise.
    init?(text: String) {
        var magnitude: UInt64 = 0
        var decimals = 0
        var integerDigits = 0
        var inFraction = false
        var negative = false
        var first = true
        var leadingZero = false
        for byte in text.utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "-") where first:
                negative = true
            case UInt8(ascii: "."):
                guard !inFraction, integerDigits > 0 else { return nil }
                inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = UInt64(byte - UInt8(ascii: "0"))
                if inFraction {
                    decimals += 1
                } else {
                    guard !leadingZero else { return nil }
                    if integerDigits == 0, digit == 0 { leadingZero = true }
                    integerDigits += 1
                }
                let (times, overflow) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times.addingReportingOverflow(digit)
                guard !overflow, !carry, decimals <= 19 else { return nil }
                magnitude = sum
            default:
                return nil
            }
        }
        guard integerDigits > 0, !inFraction || decimals > 0, !negative || magnitude != 0,
              magnitude != 0 || decimals == 0 else { return nil }
        self.magnitude = magnitude
        self.decimals = UInt8(decimals)
        self.negative = negative
    }

    /// The value, built as AmountParser builds a plain number's (`DecimalText.Parts.compactDecimal`
    /// writes the same bits directly).
    var value: Decimal {
        DecimalText.Parts(exponent: -Int(decimals), negative: negative, mantissa: magnitude).compactDecimal
            ?? Decimal(sign: negative ? .minus : .plus, exponent: -Int(decimals), significand: Decimal(magnitude))
    }

    /// The canonical text: the digits, zeros before them up to one before the point, the point
    /// before the last `decimals` of them, the sign.
    var text: String {
        withText { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, written right to left into one buffer (the text
    /// of the digits, padded, cut and signed, was four Strings).
    func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let count = Int(decimals)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 24) { buffer in
            var index = buffer.count
            var rest = magnitude
            var written = 0
            while rest > 0 || written <= count {
                if written == count, count > 0 {
                    index -= 1
                    buffer[index] = UInt8(ascii: ".")
                }
                index -= 1
                buffer[index] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
                rest /= 10
                written += 1
            }
            if negative {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            return body(UnsafeBufferPointer(rebasing: buffer[index...]))
        }
    }
}

extension Decimal {
    /// True when both hold the same bits (the same value with the same exponent and length).
    fileprivate func isBitwiseEqual(to other: Decimal) -> Bool {
        withUnsafeBytes(of: self) { mine in
            withUnsafeBytes(of: other) { theirs in mine.elementsEqual(theirs) }
        }
    }
}

/// A normalized data row of an allocation table. The normalize stage builds each row once, whole;
/// later stages only read it.
///
/// A large sheet holds every row while its table is reconciled, so the row is laid out small
/// (72 bytes, up to two plain amounts inline: `RowAmounts`): what most rows leave empty (remark, codes, division) is
/// held in one shared box only when some of it is set, the printed amount texts only when they
/// differ from the amounts' own texts, and the raw label and the region only when they are not the
/// label itself (`LabelForms`).
public struct AllocationRow: Hashable, Sendable {
    /// 1-based order of the row among the table's data rows.
    public var number: Int {
        get { Int(place.number) }
        set { place.number = Int32(clamping: newValue) }
    }
    /// 1-based page the row is printed on.
    public var page: Int {
        get { Int(place.page) }
        set { place.page = Int32(clamping: newValue) }
    }
    /// Depth in the hierarchy: 0 for a total (or a row at the top), 1 for what it sums, and so on.
    public var depth: Int {
        get { Int(place.depth) }
        set { place.depth = Int32(clamping: newValue) }
    }
    /// The side of a two-sided table the row belongs to (0 left, 1 right; 0 in other tables).
    public var side: Int {
        get { Int(place.side) }
        set { place.side = Int32(clamping: newValue) }
    }
    /// Number, page, depth, side and parent, as 32-bit numbers (clamped: no table reaches them).
    private var place = RowPlace()
    /// Row number of the subtotal or total this row belongs to.
    public var parent: Int? {
        get { place.parent == RowPlace.noParent ? nil : Int(place.parent) }
        set { place.parent = newValue.map { Int32(clamping: max($0, Int(RowPlace.noParent) + 1)) } ?? RowPlace.noParent }
    }
    /// Level in the hierarchy.
    public var level: RowLevel
    /// How the amounts were obtained: text layer, recognition, or recognition corrected by the sums.
    public var amountSource: TextSource = .textLayer
    /// What placed the row in the hierarchy, nil when nothing did.
    public var hierarchySignal: HierarchySignal?
    /// Which of the raw label and the region are the label itself (a byte beside the level, where
    /// the layout had room).
    private var forms = LabelForms()
    /// The label normalized (`name`).
    private var label: String
    /// The label exactly as the text layer carried it.
    public var rawName: String {
        get { forms.contains(.rawIsName) ? label : details?.fields.rawName ?? "" }
        set { hold(rawName: newValue, region: region) }
    }
    /// The label without padding, NFKC and radical-normalized (盂县, 太原市小计).
    public var name: String {
        get { label }
        set {
            // The raw label and the region keep their texts, whichever was held as the label.
            let raw = rawName
            let place = region
            label = newValue
            hold(rawName: raw, region: place)
        }
    }
    /// What the row is about (盂县, 太原市, 山西省).
    public var region: String {
        get { forms.contains(.regionIsName) ? label : details?.fields.region ?? "" }
        set { hold(rawName: rawName, region: newValue) }
    }
    /// One entry per amount column of the table; nil where the cell is empty or a dash.
    public var amounts: [Amount?] {
        get { storedAmounts.amounts }
        set {
            let printed = rawAmounts
            storedAmounts = RowAmounts(newValue)
            rawAmounts = printed
        }
    }
    /// The amounts as held (`RowAmounts`: one column's amount without building the array).
    public var rowAmounts: RowAmounts { storedAmounts }
    /// Raw text of each amount cell, as printed.
    public var rawAmounts: [String] {
        get { details?.fields.printedAmounts ?? (0..<storedAmounts.count).map { storedAmounts[$0]?.text ?? "" } }
        set {
            let printed = Self.printed(newValue, amounts: storedAmounts)
            update { $0.printedAmounts = printed }
        }
    }
    /// Remark text, normalized, empty when none.
    public var remark: String {
        get { details?.fields.remark ?? "" }
        set { update { $0.remark = newValue } }
    }
    /// GB/T 2260 code of `region`, empty when unresolved.
    public var divisionCode: String {
        get { details?.fields.divisionCode ?? "" }
        set { update { $0.divisionCode = newValue } }
    }
    /// GB/T 2260 code of the parent region, empty when none.
    public var parentCode: String {
        get { details?.fields.parentCode ?? "" }
        set { update { $0.parentCode = newValue } }
    }
    /// How `divisionCode` was found; nil when unresolved.
    public var divisionMatch: DivisionMatch? {
        get { details?.fields.divisionMatch }
        set { update { $0.divisionMatch = newValue } }
    }
    /// Lowest engine confidence (0-100) of a recognized amount digit in the row; nil for the text layer.
    public var minConfidence: Double? {
        get { details?.fields.minConfidence }
        set { update { $0.minConfidence = newValue } }
    }
    /// Classification code as printed (201 06 01), empty when the row has none.
    public var printedCode: String {
        get { details?.fields.printedCode ?? "" }
        set { update { $0.printedCode = newValue } }
    }
    /// Classification code, digits only (2010601), empty when the row has none.
    public var code: String {
        get { details?.fields.code ?? "" }
        set { update { $0.code = newValue } }
    }
    /// Official full name of the resolved division, province and prefecture first (山西省阳泉市盂县);
    /// empty when the region is not resolved.
    public var regionFullName: String {
        get { details?.fields.regionFullName ?? "" }
        set { update { $0.regionFullName = newValue } }
    }

    /// The amounts (`amounts`), inline when they are few and plain (`RowAmounts`).
    private var storedAmounts: RowAmounts
    /// What the row leaves empty when nothing of it is set (nil then).
    private var details: RowDetails?

    /// Creates a row. The codes and the full name given here are held as their setters hold them,
    /// in the one box the row makes (each setter makes the box again).
    public init(number: Int, page: Int, level: RowLevel, rawName: String, name: String,
                region: String, amounts: [Amount?], rawAmounts: [String], remark: String,
                parent: Int? = nil, divisionCode: String = "", parentCode: String = "",
                divisionMatch: DivisionMatch? = nil, code: String = "", printedCode: String = "",
                regionFullName: String = "") {
        self.level = level
        label = name
        let forms = LabelForms(rawName: rawName, region: region, name: name)
        self.forms = forms
        self.storedAmounts = RowAmounts(amounts)
        var fields = RowDetails.Fields()
        fields.rawName = forms.contains(.rawIsName) ? "" : rawName
        fields.region = forms.contains(.regionIsName) ? "" : region
        fields.remark = remark
        fields.divisionCode = divisionCode
        fields.parentCode = parentCode
        fields.divisionMatch = divisionMatch
        fields.printedAmounts = Self.printed(rawAmounts, amounts: storedAmounts)
        fields.code = code
        fields.printedCode = printedCode
        fields.regionFullName = regionFullName
        self.details = fields == RowDetails.Fields() ? nil : RowDetails(fields)
        self.number = number
        self.page = page
        self.parent = parent
    }

    /// `texts`, or nil when each is the text of the amount beside it (empty where there is none).
    private static func printed(_ texts: [String], amounts: RowAmounts) -> [String]? {
        guard texts.count == amounts.count else { return texts }
        for (index, text) in texts.enumerated() where text != (amounts[index]?.text ?? "") { return texts }
        return nil
    }

    /// Holds the raw label and the region as the label where they are it, in the box otherwise.
    private mutating func hold(rawName: String, region: String) {
        forms = LabelForms(rawName: rawName, region: region, name: label)
        let held = forms
        update {
            $0.rawName = held.contains(.rawIsName) ? "" : rawName
            $0.region = held.contains(.regionIsName) ? "" : region
        }
    }

    /// Changes the rarely set fields; the box is shared between copies, so a change makes a new one.
    private mutating func update(_ change: (inout RowDetails.Fields) -> Void) {
        var fields = details?.fields ?? RowDetails.Fields()
        let before = fields
        change(&fields)
        guard fields != before else { return }
        details = fields == RowDetails.Fields() ? nil : RowDetails(fields)
    }
}

/// Which texts of a row are its label: most rows print their label as it normalizes (a large
/// sheet's project names), and a county's row is about the county it names, so each is held once
/// (the row is 72 bytes, was 104 with the three texts).
private struct LabelForms: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The raw label is the label.
    static let rawIsName = LabelForms(rawValue: 1)
    /// The region is the label (never set for an empty region: that is held as no text).
    static let regionIsName = LabelForms(rawValue: 2)

    /// The forms of a row's texts: decided by their values alone, so equal rows are held alike.
    init(rawName: String, region: String, name: String) {
        var forms: LabelForms = []
        if rawName == name { forms.insert(.rawIsName) }
        if !region.isEmpty, region == name { forms.insert(.regionIsName) }
        self = forms
    }
}

/// A row's number, page, depth and side.
private struct RowPlace: Hashable, Sendable {
    var number: Int32 = 0
    var page: Int32 = 0
    var depth: Int32 = 0
    var side: Int32 = 0
    /// The parent's row number, `noParent` for none (beside the others, not an optional of its own).
    var parent: Int32 = RowPlace.noParent

    static let noParent = Int32.min
}

/// The fields of a row that most rows of a large table leave empty, held together once set.
private final class RowDetails: Hashable, Sendable {
    struct Fields: Hashable, Sendable {
        /// The raw label when it is not the label, the region when it is neither the label nor empty.
        var rawName = ""
        var region = ""
        var remark = ""
        var divisionCode = ""
        var parentCode = ""
        var divisionMatch: DivisionMatch?
        var minConfidence: Double?
        var printedCode = ""
        var code = ""
        var regionFullName = ""
        /// The amount cells as printed, nil when each is its amount's text (or empty where there is
        /// none): in the box, not in every row (a large sheet's rows print their amounts' texts).
        var printedAmounts: [String]?
    }

    let fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }

    static func == (lhs: RowDetails, rhs: RowDetails) -> Bool {
        lhs.fields == rhs.fields
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fields)
    }
}

/// A normalized allocation table. Equal when every field is: tables that share their storage (a
/// copy not changed since) compare without walking their rows.
public struct AllocationTable: Sendable, Equatable {
    /// 1-based order in the notice.
    public var index: Int
    /// Title printed above the table.
    public var title: String
    /// Unit of every amount (万元).
    public var unit: String
    /// Attachment label (附件1), empty when none.
    public var attachment: String
    /// Who compiled the table, as its unit line names them (编制部门：某局 单位：元 → 某局); empty when
    /// not printed.
    public var compiler = ""
    /// The amount columns, in printed order; `AllocationRow.amounts` follows this order.
    public var amountColumns: [TableColumn]
    /// Rows in printed order (a two-sided table: the left side's rows, then the right side's).
    public var rows: [AllocationRow]
    /// Where rows may be missing; the sums that depend on them are not checked.
    public var gaps: [TableGap] = []
    /// What the table is (allocation, 收支总表, a classification table …).
    public var kind: TableKind = .other
    /// For each amount column, the side of a two-sided table it belongs to (all 0 otherwise).
    public var columnSides: [Int] = []
    /// For each row (by position in `rows`), the 1-based row of the table as found (`RawTable.rows`)
    /// it was read from: both halves of a two-sided table read one printed row. Empty when unknown
    /// (a table loaded from a dataset).
    public var printedRows: PrintedRows = []
    /// How the table was read: the relations it was checked by and how their instances came out.
    public var relations: [String] = []
    /// Every instance of those relations, with how it came out (the dataset's `relations`).
    public var relationChecks: [RelationCheck] = []

    /// Creates a table.
    public init(index: Int, title: String, unit: String, attachment: String,
                amountColumns: [TableColumn], rows: [AllocationRow]) {
        self.index = index
        self.title = title
        self.unit = unit
        self.attachment = attachment
        self.amountColumns = amountColumns
        self.rows = rows
    }

    /// True when the table is read as a fiscal table: a kind recognized from its title, header or
    /// rows (allocation, 收支总表, classification, numbered), or any table printed with a money unit
    /// (单位：万元). A table of neither (a score sheet, a schedule, a list of names found among a
    /// document's pages) is not one, and checks that presume money rows do not speak of it.
    public var isFiscal: Bool { kind != .other || !unit.isEmpty }

    /// True when the table hands money out to places or recipients: an allocation table, or an
    /// unrecognized one, printed with a money unit. A negative amount in it is absurd unless its
    /// parent's printed sum takes it in. Balance sheets, classification and numbered tables print
    /// negatives legitimately (调减, 净额, 收回), and a table with no unit may hold anything (a
    /// score sheet whose rows a total label placed reads as an allocation table by its shape alone).
    public var distributesFunds: Bool { (kind == .allocation || kind == .other) && !unit.isEmpty }
}
