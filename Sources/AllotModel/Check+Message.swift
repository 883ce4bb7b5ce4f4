/// A named blank in a check's message template, written `{name}` in the template.
public enum MessageSlot: String, Sendable, Hashable, CaseIterable {
    // Filled from the finding itself.
    /// The row label (`Finding.name`).
    case name
    /// The column header (`Finding.column`).
    case column
    /// The printed value.
    case stated
    /// The exact sum of the parts.
    case computed
    /// stated − computed.
    case difference
    /// The page number.
    case page
    /// The table number.
    case table
    /// The row number.
    case row
    // Given by whoever makes the finding.
    /// What the sentence is about when it is not the row label (a region).
    case subject
    /// The parts summed (中央资金 + 省级资金).
    case parts
    /// A qualification appended to the message (parts printed empty, a diagnosis).
    case detail
    /// A cell's text as printed.
    case text
    /// Why the cell or name was rejected.
    case reason
    /// The same reason in Chinese, for the Chinese message (`{reason}` of the Chinese template takes it
    /// when given, the English otherwise).
    case reasonZH
    /// The Chinese of `other`, when its words are not Chinese already (table 2 … row 5 → 表 2 … 第 5 行).
    case otherZH
    /// The Chinese of `text`, when it holds words.
    case textZH
    /// The Chinese of `detail`, when it holds words.
    case detailZH
    /// The Chinese of `pdf` and `html`, when they hold words (无此行, 空).
    case pdfZH, htmlZH
    /// A GB/T 2260 code.
    case code
    /// The prefecture a county really belongs to.
    case actual
    /// The subtotal the county is listed under.
    case listed
    /// The row a duplicate was first listed on.
    case first
    /// The kept file's kind and value of a cell (PDF 2095).
    case pdf
    /// The other file's kind and value of the cell (HTML 2059).
    case html
    /// A source file.
    case file
    /// The second place of a finding that concerns two (a cell, a sentence), as a label.
    case other
}

extension Check {
    /// The message of a finding of this check, with `{slot}` blanks (see `MessageSlot`).
    public var template: String {
        switch self {
        case .subtotal:
            "{name} {column}: printed {stated}, the sum of its items is {computed} (difference {difference}){detail}"
        case .total:
            "{name} {column}: printed {stated}, the sum of its subtotals and direct items is {computed} "
                + "(difference {difference}){detail}"
        case .crossfoot: "{name}: {column} printed {stated}, {parts} = {computed} (difference {difference})"
        case .unplacedItem: "{name} cannot be placed under a subtotal"
        case .emptySubtotal: "{name} has no items under it"
        case .duplicateRow: "{name} is listed twice under the same parent (rows {first} and {row})"
        case .invalidAmount: "not an amount: \"{text}\" ({reason})"
        case .negativeAmount: "negative amount {text}"
        case .unknownRegion: "{subject} {reason}"
        case .misplacedRegion: "{name} ({code}) belongs to {actual}, not {listed}"
        case .sourceMismatch: "{name} {column}: {pdf}, {html} ({file})"
        case .unreadablePage: "page {page} could not be read (damaged PDF objects)"
        case .missingPage:
            "page {page} carries no text inside table {table}: its rows are missing (damaged content or an "
                + "image-only page)"
        case .emptyPage: "page {page} carries no text"
        case .noTable: "no allocation table found; metadata only"
        case .incompleteTable:
            "table {table} may be incomplete: {reason}; the sums that depend on it are not checked"
        case .conflictingSources: "two different files carry {subject}: {file} (kept) and {text}; {detail}"
        case .ocrCorrected:
            "OCR read {text}, corrected to {detail}: {other} (page {page}, box {reason})"
        case .ocrNameCorrected:
            "OCR read {text}, corrected to {detail}: {other} {subject} (page {page}, box {reason})"
        case .ocrConfirmed:
            "{name} {column}: the printed {stated} and the {text} figures of its sum were each read again on their "
                + "own (the cell alone, enlarged and binarised, by two models) and read the same, and no alternative reading makes the sum hold: the {subject} "
                + "finding is the document's, not a misreading"
        case .ocrUncertain:
            "{subject} as read by OCR, uncertain, not an error of the document: {detail}{reason}"
        case .formulaMismatch:
            "{name} {column}: the file stores {stated} as the result of ={text}, but the cells it names sum to "
                + "{computed} (difference {difference})"
        case .formulaConfirmed:
            "{text} sum formulas name exactly the rows the hierarchy sums and agree with their cached values"
        case .formulaUncomputed:
            "sheet {subject}: {text} formula result(s) stored in the file may not be current ({reason}); they are not "
                + "checked against the cells they name{other}"
        case .hiddenSkipped: "sheet {subject}: {reason}"
        case .displayRounded:
            "sheet {subject}: {text} number cell(s) display fewer decimals than stored; the stored values are used"
        case .structureUnrecognized: "{reason}"
        case .rounding:
            "{name} {column}: printed {stated}, parts sum to {computed}; the difference is within rounding of "
                + "the printed precision ({reason})"
        case .unplacedText: "cell not placed (text or two cells in an amount column): \"{text}\""
        case .nonAmount: "an entry that is no amount, not taken for a misprint: \"{text}\" ({reason})"
        case .balance: "{name} {column} printed {stated}, but {subject} is {computed} (difference {difference})"
        case .charsetMismatch: "the page {detail} but its bytes read as {code}; read as {code}"
        case .crossTable:
            "{name} {column}: printed {text}, but {other} prints {detail} (difference {difference} after converting "
                + "to {reason})"
        case .textTable:
            "{subject}: the text states {text} (page {first}), the table prints {detail} at {other} "
                + "(difference {difference} in {reason})"
        case .textPercentage:
            "{subject} ({reason}): the text states {text} (page {first}), its figures give {detail}{other} "
                + "(difference {difference} percentage points)"
        case .percentageTruncated:
            "{subject} ({reason}): the text states {text} (page {first}), its figures give {detail}{other}: "
                + "cut to the printed places, not rounded"
        case .citation:
            "{subject}: {text} here, {detail} for it in {other} ({reason})"
        case .citationMismatch:
            "{subject}: {text} here, but {other} gives it {detail} (difference {difference})"
        case .rulesRendered:
            "page {page}: the ruling lines it paints could not be read, so they were found on the page rendered"
        }
    }

    /// The message of an arithmetic finding whose printed cell is empty while its parts are not.
    public static let printedEmptyTemplate = "{name} {column} is printed empty but its parts sum to {computed}"

    /// The template with every `{slot}` replaced by its value ("" when none is given).
    static func render(_ template: String, _ values: [MessageSlot: String]) -> String {
        var result = ""
        var rest = Substring(template)
        // In plain text (`PlainSearch.isPlain`: each scalar a character of its own) a brace is found
        // by its byte, without forming the characters before it; any other template by characters.
        let plain = PlainSearch.isPlain(template)
        while let open = plain ? rest.utf8.firstIndex(of: UInt8(ascii: "{")) : rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            let tail = rest[afterOpen...]
            guard let close = plain ? tail.utf8.firstIndex(of: UInt8(ascii: "}")) : tail.firstIndex(of: "}") else { break }
            let key = String(rest[afterOpen..<close])
            if let slot = MessageSlot(rawValue: key) {
                result += values[slot] ?? ""
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
