/// The report's inline style sheet: system fonts with CJK fallbacks, nothing loaded from outside.
/// It contains no `<` or `&`, so it stays well-formed inside XHTML.
enum ReportStyle {
    static let css = """
    :root {
      --total: #2154db; --subtotal: #f08c00; --item: #2a9d3f; --group: #9440bf; --bad: #d40000;
      --line: #d0d4da; --muted: #666;
    }
    body {
      margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d1d1f; background: #fff; line-height: 1.5;
      font-family: -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
        "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif;
    }
    h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
    h2 { font-size: 1.3rem; border-bottom: 2px solid var(--line); padding-bottom: 0.3rem; margin-top: 3rem; }
    h3 { font-size: 1.05rem; margin-top: 1.6rem; }
    .muted { color: var(--muted); }
    nav ol { padding-left: 1.4rem; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.8rem 0; }
    dl.meta dt { color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85rem; }
    dl.meta dd { margin: 0; word-break: break-all; }
    ol.findings li { margin-bottom: 0.4rem; }
    .check { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85rem; padding: 0 0.3rem;
      border-radius: 3px; background: #fde8e8; color: var(--bad); }
    .ok { color: var(--item); }
    table.allocation { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 0.9rem; }
    table.allocation th, table.allocation td { border: 1px solid var(--line); padding: 0.15rem 0.5rem; vertical-align: top; }
    table.allocation th { background: #f3f4f6; position: sticky; top: 0; }
    table.allocation td.num { text-align: right; white-space: nowrap; }
    table.allocation td.level { font-size: 0.75rem; color: var(--muted); }
    tr.total td { background: #e9effc; font-weight: 600; }
    tr.total td.level { color: var(--total); }
    tr.subtotal td { background: #fef4e6; }
    tr.subtotal td.level { color: var(--subtotal); }
    tr.group td { background: #f5edf9; }
    tr.mismatch td:first-child { box-shadow: inset 4px 0 0 var(--bad); }
    td.mismatch { background: #ffe0e0 !important; outline: 2px solid var(--bad); outline-offset: -2px; }
    td.mismatch .printed { color: var(--bad); font-weight: 700; }
    td.ocr { text-decoration: underline dotted #8a6d00; }
    td .detail { display: block; font-size: 0.75rem; color: #7a0000; font-weight: 400; }
    a { color: #1a55c5; }
    figure.chart { margin: 1rem 0; }
    figure.chart svg { max-width: 100%; height: auto; font-family: inherit; }
    figure.chart .bar { fill: var(--subtotal); }
    figure.chart .bar.mismatch { fill: var(--bad); }
    figure.chart text { font-size: 12px; fill: #1d1d1f; }
    figure.chart text.value { fill: var(--muted); }
    figure.chart line.axis { stroke: #1d1d1f; stroke-width: 1; }
    figure.chart text.tick, figure.chart text.unit { fill: var(--muted); font-size: 11px; }
    section.notice > details > summary { cursor: pointer; list-style-position: outside; }
    section.notice > details > summary h2 { display: inline; border: none; }
    details.all-notices { margin: 1rem 0; }
    table.counts, table.flagged { border-collapse: collapse; margin: 0.4rem 0 1rem; font-variant-numeric: tabular-nums; }
    table.counts th, table.counts td, table.flagged th, table.flagged td {
      border: 1px solid var(--line); padding: 0.15rem 0.6rem; text-align: left; }
    table.counts td.num, table.flagged td.num { text-align: right; }
    .check.warning { background: #fff3d6; color: #8a5a00; }
    .check.note { background: #eef1f5; color: var(--muted); }
    @page { size: A4; margin: 15mm 12mm; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10pt; }
      section.notice { break-before: page; }
      table.allocation th { position: static; }
      table.allocation tr { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      details.all-notices nav { display: none; }
    }
    footer { margin-top: 3rem; font-size: 0.8rem; color: var(--muted); }
    """
}
