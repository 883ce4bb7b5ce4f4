import AllotModel
import AllotPDF

/// The hierarchy of a page's tables drawn over it: a tree gutter in the label column (each row
/// joined to its parent by an elbow, one step right per level, coloured by the signal that placed
/// it), code columns shaded as codes, the sum cells of confirmed relations outlined (green where
/// they hold, amber where rounding explains them or they were not checked), and notes as dashed
/// boxes (findings stay red, `OverlayStyle.finding`).
public enum HierarchyOverlays {
    private typealias Color = Overlay.Color

    /// Horizontal step of the tree gutter per level, in points.
    public static let gutterStep = 4.0
    private static let codeColor = Color(red: 0.20, green: 0.45, blue: 0.85, alpha: 0.12)
    private static let holdsColor = Color(red: 0.10, green: 0.60, blue: 0.25)
    private static let uncheckedColor = Color(red: 0.90, green: 0.60, blue: 0.05)
    private static let noteColor = Color(red: 0.45, green: 0.20, blue: 0.70)
    private static let signalColors: [HierarchySignal: Color] = [
        .label: Color(red: 0.25, green: 0.25, blue: 0.25), .code: Color(red: 0.20, green: 0.45, blue: 0.85),
        .numbering: Color(red: 0.55, green: 0.30, blue: 0.10), .indentation: Color(red: 0.10, green: 0.55, blue: 0.55),
        .breakdown: Color(red: 0.75, green: 0.20, blue: 0.55),
    ]

    /// The overlays for the tables of `input.page`, drawn above the row bands.
    public static func build(_ input: PageOverlayInput) -> [Overlay] {
        var overlays: [Overlay] = []
        for page in input.pageTables {
            guard let outline = page.outline, page.index - 1 < input.notice.tables.count else { continue }
            let table = input.notice.tables[page.index - 1]
            overlays += page.zones.filter { $0.column.role == .code }.map {
                Overlay(box: Box(x0: $0.x0, y0: outline.y0, x1: $0.x1, y1: outline.y1), fill: codeColor)
            }
            overlays += tree(page, table: table, outline: outline)
            overlays += table.relationChecks.compactMap { relation(page, $0, outline: outline) }
        }
        let notes = input.findings.filter { $0.severity == .note && $0.check != .rounding && $0.page == input.page }
        overlays += notes.compactMap { note in
            PageOverlays.cell(of: note, in: input.pageTables).map {
                Overlay(box: $0, stroke: noteColor, lineWidth: 1, dashed: true)
            }
        }
        return overlays
    }

    /// Legend entries for what `build` draws.
    public static var legend: [LegendEntry] {
        let any = Box(x0: 0, y0: 0, x1: 0, y1: 0)
        return [
            LegendEntry(label: "code column", swatch: Overlay(box: any, fill: codeColor)),
            LegendEntry(label: "sum holds", swatch: Overlay(box: any, stroke: holdsColor, lineWidth: 1.2)),
            LegendEntry(label: "rounding / not checked", swatch: Overlay(box: any, stroke: uncheckedColor, lineWidth: 1.2, dashed: true)),
            LegendEntry(label: "note", swatch: Overlay(box: any, stroke: noteColor, lineWidth: 1, dashed: true)),
            LegendEntry(label: "tree (code, numbering, indent)", swatch: Overlay(box: any, stroke: signalColors[.code], lineWidth: 0.8)),
        ]
    }

    /// Elbows from each row to its parent, when both are on the page; a row whose parent is on an
    /// earlier page gets a stub from the top of the table.
    private static func tree(_ page: PageTable, table: AllocationTable, outline: Box) -> [Overlay] {
        let rows = Dictionary(table.rows.map { ($0.number, $0) }) { first, _ in first }
        let labels = page.zones.filter { $0.column.role == .label }
        var overlays: [Overlay] = []
        for printed in page.rows {
            guard let row = rows[printed.number], let parent = row.parent, row.depth > 0 else { continue }
            let label = labels.first { printed.columns.isEmpty || printed.columns.contains($0.index) }
            let left = (label?.x0 ?? outline.x0) + 1
            let color = row.hierarchySignal.flatMap { signalColors[$0] } ?? signalColors[.label] ?? noteColor
            let x = left + Double(row.depth - 1) * gutterStep
            let childY = printed.raw.box.midY
            let parentY = page.row(parent).map(\.raw.box.midY) ?? outline.y0
            overlays.append(Overlay(box: Box(x0: x, y0: min(parentY, childY), x1: x, y1: max(parentY, childY)),
                                    stroke: color, lineWidth: 0.8, dashed: row.hierarchySignal == .breakdown))
            overlays.append(Overlay(box: Box(x0: x, y0: childY, x1: x + gutterStep * 0.8, y1: childY),
                                    stroke: color, lineWidth: 0.8))
        }
        return overlays
    }

    /// The sum cell of a relation instance: green when it holds, amber when rounding explains it or
    /// it was not checked; a failing one is a finding, drawn red already.
    private static func relation(_ page: PageTable, _ check: RelationCheck, outline: Box) -> Overlay? {
        guard check.status != .fails, check.kind != .breakdown, let row = page.row(check.row),
              let zone = page.zone(named: check.columnName, of: row) else { return nil }
        let box = Box(x0: zone.x0 + 0.5, y0: row.raw.box.y0, x1: zone.x1 - 0.5, y1: row.raw.box.y1)
        return check.status == .holds
            ? Overlay(box: box, stroke: holdsColor, lineWidth: 0.9)
            : Overlay(box: box, stroke: uncheckedColor, lineWidth: 0.9, dashed: true)
    }
}
