/// The rules a finding can come from. The raw value is the check's name in the dataset
/// (findings.csv `check_name`, `allot check` output); it never changes once published.
public enum Check: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// A subtotal against the exact sum of its items.
    case subtotal
    /// The grand total against its subtotals and direct items.
    case total
    /// 合计 against 中央 + 省级 within a row.
    case crossfoot
    /// An item that cannot be placed under a subtotal in a table that has subtotals. No longer
    /// made: such an item may be our misreading, so it makes an `incompleteTable` note instead.
    case unplacedItem = "unplaced_item"
    /// A subtotal with no items under it.
    case emptySubtotal = "empty_subtotal"
    /// The same name twice under the same parent.
    case duplicateRow = "duplicate_row"
    /// A cell in an amount column that is not an amount (letters, 40 digits).
    case invalidAmount = "invalid_amount"
    /// A negative amount.
    case negativeAmount = "negative_amount"
    /// A name that does not resolve to a division in its context.
    case unknownRegion = "unknown_region"
    /// A county listed under a prefecture it does not belong to.
    case misplacedRegion = "misplaced_region"
    /// The PDF and the HTML edition of the same notice disagree on a cell.
    case sourceMismatch = "source_mismatch"
    /// A page poppler cannot load.
    case unreadablePage = "unreadable_page"
    /// A page without text inside a table's page range: its rows are missing.
    case missingPage = "missing_page"
    /// A page without text outside every table.
    case emptyPage = "empty_page"
    /// No allocation table in the notice: metadata only.
    case noTable = "no_table"
    /// Part of a table may be missing (a page inside it that gave no rows or does not line up with
    /// its columns, a row that cannot be placed): the sums that depend on it are not checked.
    case incompleteTable = "incomplete_table"
    /// Two different files (PDFs) carry the same doc number; the first in sorted order is kept.
    case conflictingSources = "conflicting_sources"
    /// A digit read by OCR replaced by the engine's alternative that makes every sum its cell is in
    /// hold, the only such alternative (the old and new reading, page and box in the message).
    case ocrCorrected = "ocr_corrected"
    /// A region name read by OCR that names no division, replaced by the only division where the
    /// table's structure puts the row (a county of the row's prefecture no other row names) that
    /// the engine's alternative symbols, or the cell's image read again restricted to those
    /// counties' characters, support; the old and new reading, page and box in the message.
    case ocrNameCorrected = "ocr_name_corrected"
    /// A sum that fails on a recognized page although every figure of it was read again
    /// independently and read the same, and no alternative reading makes it hold: the arithmetic
    /// finding beside it is the document's, and this note says the reading was confirmed.
    case ocrConfirmed = "ocr_confirmed"
    /// A sum that fails, or a cell or name that is no amount or division, as read by OCR from an
    /// image-only page where the reading cannot vouch for it: a place for a person to look, not an
    /// error of the document.
    case ocrUncertain = "ocr_uncertain"
    /// A spreadsheet formula's cached result disagrees with the sum of the cells it names.
    case formulaMismatch = "formula_mismatch"
    /// Sum formulas that name exactly the rows the hierarchy sums (a confirmation).
    case formulaConfirmed = "formula_confirmed"
    /// Formula results an xls file stores but does not vouch for (no RECALCID record, an UNCALCED
    /// sheet, manual calculation, a formula flagged fAlwaysCalc): they may be stale, so they are
    /// not checked (a note, never a finding); a plain sum is taken as the exact sum of its cells.
    case formulaUncomputed = "formula_uncomputed"
    /// Hidden sheets, rows or columns left out of the tables.
    case hiddenSkipped = "hidden_skipped"
    /// Number cells whose format shows fewer decimals than stored; the stored values are used.
    case displayRounded = "display_rounded"
    /// A relation of a table whose instances mostly fail: the reading is wrong, not the document;
    /// its mismatches are not reported.
    case structureUnrecognized = "structure_unrecognized"
    /// A mismatch that rounding to the printed precision explains.
    case rounding
    /// Words or two run-together amounts in an amount column (a wrapped name, a note under the
    /// table, a missed column boundary): a cell we could not place, not an absurd cell.
    case unplacedText = "unplaced_text"
    /// A cell of an amount column that is no amount and claims no misprint: the document's own
    /// entry (NA, a range, a comparison, a footnote-marked figure, a share), or any text in a
    /// column that no money unit or sum row of its table confirms holds amounts.
    case nonAmount = "non_amount"
    /// The two sides of a 收支总表, in a table whose sums are confirmed, end in different totals.
    case balance
    /// An HTML page whose declared charset its bytes contradict; it was read in the encoding under
    /// which its tables appear.
    case charsetMismatch = "charset_mismatch"
    /// The same figure printed in two tables of one document (the same code and column meaning, or
    /// a known identity between standard tables) with different values, both tables confirmed by
    /// their own sums; `Finding.related` is the other cell.
    case crossTable = "cross_table"
    /// A sentence of the body text restating a table cell with another value; `Finding.related` is
    /// the sentence.
    case textTable = "text_table"
    /// A percentage of the body text (a share 占 P%, a completion 完成…的 P%, a growth 增长 P%) that
    /// the figures it is computed from, as the tables and the text print them, do not give;
    /// `Finding.related` is the sentence.
    case textPercentage = "text_percentage"
    /// A percentage of the body text that its figures give only when cut, not rounded, to its
    /// printed places (a note).
    case percentageTruncated = "percentage_truncated"
    /// A notice cites another notice of the batch whose table has the citing notice's region: both
    /// figures and the share (a note).
    case citation
    /// A notice states its total equals the cited notice's figure for its region, and it does not.
    case citationMismatch = "citation_mismatch"
    /// The ruling lines a page paints could not be read from its vector marks, so they were found
    /// on the page rendered instead (a note: the table reading is unaffected).
    case rulesRendered = "rules_rendered"

    /// The name, as in the dataset.
    public var description: String { rawValue }

    /// How much a finding of this check matters.
    public var severity: Severity {
        switch self {
        case .subtotal, .total, .crossfoot, .balance, .invalidAmount, .sourceMismatch, .unreadablePage, .missingPage,
             .formulaMismatch, .crossTable, .textTable, .textPercentage, .citationMismatch:
            .error
        case .unplacedItem, .emptySubtotal, .duplicateRow, .negativeAmount, .unknownRegion, .misplacedRegion,
             .conflictingSources:
            .warning
        case .ocrUncertain, .emptyPage, .noTable, .incompleteTable, .ocrCorrected, .ocrNameCorrected, .ocrConfirmed, .formulaConfirmed,
             .formulaUncomputed, .hiddenSkipped, .displayRounded, .structureUnrecognized, .rounding, .unplacedText, .nonAmount, .charsetMismatch,
             .citation, .percentageTruncated, .rulesRendered:
            .note
        }
    }

    /// True for checks that compare a printed amount with a computed one (stated and computed set).
    public var isArithmetic: Bool {
        switch self {
        case .subtotal, .total, .crossfoot, .balance, .formulaMismatch: true
        default: false
        }
    }

    /// True when a finding's second place (`Finding.related`) is in another document (the cited
    /// notice's row): it is named there, never marked in this notice's tables or pages.
    public var relatesToAnotherDocument: Bool { self == .citation || self == .citationMismatch }

    /// True when a finding of this check reports a problem (`allot check` then exits 1).
    public var isProblem: Bool { severity != .note }
}
