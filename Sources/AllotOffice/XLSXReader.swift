import AllotModel
import AllotXML
import Foundation

/// Reads an xlsx workbook (Office Open XML): visible sheets in workbook order, each as lines and a
/// table grid. Numbers are the stored text, never converted through floating point; shared and
/// inline strings; merged cells as spans; hidden sheets, rows and columns left out with a note;
/// formulas with their cached values, trusted unless the file does not vouch for them (`SheetStream`).
/// Worksheets and shared strings are streamed.
struct XLSXReader {
    let package: ZipPackage
    let maximumColumns: Int

    func read() throws(OfficeError) -> (items: [FlowItem], notes: [Finding]) {
        let workbookPart = try PackageRelations.officeDocument(in: package)
        let workbook = try PackageXML.parse(package, workbookPart)
        let relations = try PackageRelations.targets(of: workbookPart, in: package)
        var strings = try sharedStrings(relations)
        let styles = try NumberStyles.read(package, part: relations.values.first { $0.hasSuffix("styles.xml") })
        let staleReasons = Self.staleReasons(workbook.child("calcPr"))
        var items: [FlowItem] = []
        var notes: [Finding] = []
        var block = 0
        let sheets = workbook.child("sheets")?.children("sheet") ?? []
        let lastVisible = sheets.lastIndex { ($0.attribute("state") ?? "visible") == "visible" }
        for (position, sheet) in sheets.enumerated() {
            let name = sheet.attribute("name") ?? ""
            let state = sheet.attribute("state") ?? "visible"
            guard state == "visible" else {
                notes.append(SheetNotes.hiddenSheet(name, state: state))
                continue
            }
            guard let id = sheet.attribute("id"), let part = relations[id] else {
                throw .missingPart(path: package.path, part: "worksheet of sheet \(name)")
            }
            guard package.contains(part) else { throw .missingPart(path: package.path, part: part) }
            var cells = try SheetStream(package: package, part: part, name: name, strings: strings, styles: styles,
                                        staleReasons: staleReasons).read()
            // No sheet after this one reads the shared strings: they go before its grid is built
            // (a large sheet's table of short strings is 16 bytes a row; long ones its cells share).
            if position == lastVisible { strings = [] }
            let (sheetItems, hidden) = cells.items(block: &block, maximumColumns: maximumColumns)
            items += sheetItems
            notes += [SheetNotes.hiddenParts(name, rows: hidden.rows, columns: hidden.columns),
                      SheetNotes.displayRounded(name, count: cells.roundedDisplays), cells.formulaNote].compactMap { $0 }
        }
        return (items, notes)
    }

    /// Why the workbook's `<calcPr>` says no cached formula result is to be believed: the writer
    /// asks for a full calculation when the file is opened (fullCalcOnLoad: generators that write
    /// formulas without computing them set it), or calculation is manual (results may predate
    /// edits). Empty when it says neither (Excel's and WPS's own saves).
    static func staleReasons(_ calculation: MarkupElement?) -> [StaleFormulas.Reason] {
        var reasons: [StaleFormulas.Reason] = []
        if let full = calculation?.attribute("fullCalcOnLoad"), full == "1" || full == "true" {
            reasons.append(("the workbook asks to be calculated again in full when opened: fullCalcOnLoad",
                            "工作簿要求打开时全部重新计算（fullCalcOnLoad）"))
        }
        if calculation?.attribute("calcMode") == "manual" { reasons.append(StaleFormulas.manual) }
        return reasons
    }

    /// The shared string table, streamed (it can be large); rich-text runs joined, phonetic runs left out.
    private func sharedStrings(_ relations: [String: String]) throws(OfficeError) -> [String] {
        guard let part = relations.values.first(where: { $0.hasSuffix("sharedStrings.xml") }), package.contains(part)
        else { return [] }
        final class Collector {
            var strings: [String] = []
            var current = ""
            var inText = false
            var phonetic = 0
        }
        let collector = Collector()
        try PackageXML.stream(package, part, onStart: { name, _ in
            switch name {
            case "si": collector.current = ""
            case "t": collector.inText = collector.phonetic == 0
            case "rPh": collector.phonetic += 1
            default: break
            }
        }, onEnd: { name in
            switch name {
            case "si": collector.strings.append(collector.current)
            case "t": collector.inText = false
            case "rPh": collector.phonetic -= 1
            default: break
            }
        }, onText: { text in
            if collector.inText { collector.current += text }
        })
        return collector.strings
    }
}
