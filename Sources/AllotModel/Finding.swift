import Foundation

/// A problem found in a notice: an arithmetic mismatch, a row that cannot be placed, a cell or
/// page that cannot be read, or a note. Made only from a `Check`, whose template gives the message.
public struct Finding: Hashable, Sendable {
    /// 1-based table index in the notice (0 when it concerns the whole notice).
    public let table: Int
    /// Row number the finding is about (0 when it concerns the whole table).
    public let row: Int
    /// 1-based page where the row is printed (0 when unknown).
    public let page: Int
    /// Printed row label.
    public let name: String
    /// Column header the finding concerns, empty when not about one column.
    public let column: String
    /// The rule.
    public let check: Check
    /// Printed value, for arithmetic checks.
    public let stated: Decimal?
    /// Exact sum of the parts, for arithmetic checks.
    public let computed: Decimal?
    /// Human explanation, from the check's template.
    public let message: String
    /// The same in Chinese, from the check's Chinese template; empty when read from a dataset that
    /// has none.
    public let messageZH: String
    /// The second place of a finding that concerns two (another table's cell, a sentence of the
    /// body text); nil for a finding about one place.
    public var related: FindingLocation?

    /// Creates a finding of `check`; its message is the check's template filled with the finding's
    /// own fields and `slots` (the printed-empty form for an arithmetic check without a stated value).
    public init(_ check: Check, table: Int, row: Int = 0, page: Int, name: String = "", column: String = "",
                stated: Decimal? = nil, computed: Decimal? = nil, _ slots: [MessageSlot: String] = [:]) {
        var values = slots
        values[.name] = values[.name] ?? name
        values[.column] = values[.column] ?? column
        values[.page] = String(page)
        values[.table] = String(table)
        values[.row] = String(row)
        if let stated { values[.stated] = "\(stated)" }
        if let computed { values[.computed] = "\(computed)" }
        if let stated, let computed { values[.difference] = "\(stated - computed)" }
        let printedEmpty = check.isArithmetic && stated == nil
        var valuesZH = values
        for (slot, chinese) in [(MessageSlot.reason, MessageSlot.reasonZH), (.other, .otherZH), (.text, .textZH),
                                (.detail, .detailZH), (.pdf, .pdfZH), (.html, .htmlZH)] {
            if let value = values[chinese] { valuesZH[slot] = value }
        }
        self.init(stored: check, table: table, row: row, page: page, name: name, column: column,
                  stated: stated, computed: computed,
                  message: Check.render(printedEmpty ? Check.printedEmptyTemplate : check.template, values),
                  messageZH: Check.render(printedEmpty ? Check.printedEmptyTemplateZH : check.templateZH, valuesZH))
    }

    /// How much the finding matters (from its check).
    public var severity: Severity { check.severity }

    /// True when the finding reports a problem (`allot check` then exits 1), false for notes.
    public var isProblem: Bool { check.isProblem }

    /// The related place as a sort key, so two findings of one cell against two places keep one order.
    var relatedKey: String {
        guard let related else { return "" }
        return "\(related.table)\t\(related.row)\t\(related.page)\t\(related.column)\t\(related.quote)"
    }

    /// stated − computed, when both are known.
    public var difference: Decimal? {
        guard let stated, let computed else { return nil }
        return stated - computed
    }
}

extension Sequence where Element == Finding {
    /// The findings in report order: by table, row, check name and column. The one place findings
    /// are sorted (`Notice` keeps them so).
    public func inReportOrder() -> [Finding] {
        sorted {
            ($0.table, $0.row, $0.check.rawValue, $0.column, $0.relatedKey)
                < ($1.table, $1.row, $1.check.rawValue, $1.column, $1.relatedKey)
        }
    }
}
