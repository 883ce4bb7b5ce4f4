"""Draw fiscal tables with reportlab (PDF) and as plain HTML.

A table is first laid out as a :class:`Grid`: leaf columns with header paths (a multi-level
header is drawn from the paths: equal prefixes merge across, a path shorter than the header
depth spans down), and printed rows of cell texts. A two-sided 收支总表 is one grid whose left
and right halves come from two tables. Fonts and glyph checks come from Scripts/fixturegen.

Geometry: A4 (landscape when the table is wider than the portrait text block), body cells Song
9 pt, header Hei 9 pt, title Hei 15 pt; rows 18 pt high per text line; wrapped labels stay in
their cell. Ruling: ``grid`` (every cell boxed), ``horizontal`` (rules above and below the header
and under the last row only) or ``none``.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from fixturegen import fonts  # noqa: E402
from fixturegen.fonts import HEI, SONG, check_glyphs, width  # noqa: E402
from fixturegen.render import break_lines  # noqa: E402

SIZE = 9.0
LEAD = 11.0
ROW_H = 18.0
PAD = 4.0
MARGIN = 40.0
BOTTOM = 50.0


@dataclass(frozen=True)
class GridCol:
    path: Tuple[str, ...]
    width: float
    align: str  # left | center | right


@dataclass
class GridRow:
    cells: List[str]
    indents: Dict[int, float] = field(default_factory=dict)  # column -> em
    keys: List[Tuple[str, str, int]] = field(default_factory=list)  # (table_id, side, row_no) printed here


@dataclass
class Grid:
    title: str
    unit: str
    cols: List[GridCol]
    rows: List[GridRow]
    ruling: str = "grid"
    org: str = ""  # 编制部门 line, left of the unit
    note: str = ""  # 注：… under the table
    indent_style: str = "padding-em"  # how the HTML twin indents labels: one of INDENT_STYLES
    # where the org line is printed: "unit" (left of the unit, on its line; the HTML twin prints the
    # unit only), "alone" (on a line of its own above the unit line) or "title" (on the title's
    # line, right after the title, in the body size); the twin prints these two the same way
    org_place: str = "unit"


def header_cells(cols: Sequence[GridCol]) -> List[Tuple[int, int, int, int, str]]:
    """(first col, last col, first level, last level, text) of every header cell."""
    depth = max(len(c.path) for c in cols)
    out = []
    for lvl in range(depth):
        i = 0
        while i < len(cols):
            p = cols[i].path
            if len(p) <= lvl:
                i += 1
                continue
            j = i
            while (j + 1 < len(cols) and len(cols[j + 1].path) > lvl
                   and cols[j + 1].path[:lvl + 1] == p[:lvl + 1]):
                j += 1
            last = depth - 1 if len(p) == lvl + 1 and i == j else lvl
            out.append((i, j, lvl, last, p[lvl]))
            i = j + 1
    return out


def wrap(text: str, font: str, avail: float) -> List[str]:
    if not text or width(text, font, SIZE) <= avail:
        return [text]
    return break_lines(text, font, SIZE, avail, avail, autospace=False)


Segment = Tuple[int, str, float, float, float]  # page, axis, position, start, end (top-left origin)


def merge_segments(segs: Sequence[Segment]) -> List[Segment]:
    """Collinear drawn segments that touch or overlap become one rule (as they look on the page)."""
    out: List[Segment] = []
    for seg in sorted(segs, key=lambda s: (s[0], s[1], round(s[2], 2), s[3])):
        if out:
            page, axis, pos, start, end = out[-1]
            if (page, axis) == seg[:2] and abs(pos - seg[2]) < 0.05 and seg[3] <= end + 0.5:
                out[-1] = (page, axis, pos, start, max(end, seg[4]))
                continue
        out.append(seg)
    return out


def render_pdf(grids: Sequence[Grid], path: str, title: str,
               drawn: Optional[List[Segment]] = None,
               prose: Sequence[str] = ()) -> List[Dict[Tuple[str, str, int], int]]:
    """Draw the grids, each starting on a new page; return, per grid, the page of each row.
    Every rule drawn is appended to ``drawn`` (page, axis, position, start, end; points from the
    top-left corner, as allot's page space). ``prose`` paragraphs (a disclosure's explanation,
    first one a centred heading) are drawn on page 1, before the grids."""
    drawn = drawn if drawn is not None else []
    fonts.register()
    tw = max(sum(c.width for c in g.cols) for g in grids)
    size = A4 if tw <= A4[0] - 2 * MARGIN else landscape(A4)
    W, H = size
    c = rl_canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setCreator("allot Scripts/make_fiscal_fixtures.py")
    c.setProducer("allot fiscal fixture generator (reportlab)")
    pages = []
    page = 0
    if prose:
        page = draw_prose(c, prose, W, H)
    for g in grids:
        page += 1
        placed: Dict[Tuple[str, str, int], int] = {}
        xs = [(W - sum(col.width for col in g.cols)) / 2]
        for col in g.cols:
            xs.append(xs[-1] + col.width)

        def line(x0: float, y0: float, x1: float, y1: float) -> None:
            c.line(x0, y0, x1, y1)
            if y0 == y1:
                drawn.append((page, "horizontal", H - y0, min(x0, x1), max(x0, x1)))
            else:
                drawn.append((page, "vertical", x0, H - max(y0, y1), H - min(y0, y1)))

        def box(x0: float, y0: float, x1: float, y1: float) -> None:
            for a, b, cc, d in ((x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)):
                line(a, b, cc, d)

        def text(x: float, y: float, s: str, font: str = SONG, sz: float = SIZE) -> None:
            check_glyphs(font, s)
            c.setFont(font, sz)
            c.drawString(x, y, s)

        def furniture(first: bool) -> float:
            y = H - 50
            tx = g.title if first else g.title
            text((W - width(tx, HEI, 15)) / 2, y, tx, HEI, 15)
            if g.org and g.org_place == "title":
                text((W + width(tx, HEI, 15)) / 2 + SIZE, y, g.org)
            y -= 24
            if g.org and g.org_place == "alone":
                text(xs[0], y, g.org)
                y -= 16
            if g.org and g.org_place == "unit":
                text(xs[0], y, g.org)
            u = f"单位：{g.unit}"
            text(xs[-1] - width(u, SONG, SIZE), y, u)
            return y - 8

        def draw_header(top: float) -> float:
            depth = max(len(col.path) for col in g.cols)
            hh = ROW_H
            for (a, b, l0, l1, s) in header_cells(g.cols):
                x0, x1 = xs[a], xs[b + 1]
                y0, y1 = top - l0 * hh, top - (l1 + 1) * hh
                lines = wrap(s, HEI, x1 - x0 - 2 * PAD)
                mid = (y0 + y1) / 2
                for k, ln in enumerate(lines):
                    base = mid + (len(lines) - 1) / 2 * LEAD - k * LEAD - 0.35 * SIZE
                    text((x0 + x1) / 2 - width(ln, HEI, SIZE) / 2, base, ln, HEI)
                if g.ruling == "grid":
                    c.setLineWidth(0.6)
                    box(x0, y1, x1, y0)
            bottom = top - depth * hh
            if g.ruling == "horizontal":
                c.setLineWidth(1.0)
                line(xs[0], top, xs[-1], top)
                c.setLineWidth(0.6)
                line(xs[0], bottom, xs[-1], bottom)
            return bottom

        def row_lines(r: GridRow) -> List[List[str]]:
            out = []
            for ci, s in enumerate(r.cells):
                ind = r.indents.get(ci, 0.0) * SIZE
                out.append(wrap(s, SONG, g.cols[ci].width - 2 * PAD - ind)
                           if g.cols[ci].align == "left" else [s])
            return out

        y = draw_header(furniture(True))
        for r in g.rows:
            cells = row_lines(r)
            h = max(ROW_H, max(len(ls) for ls in cells) * LEAD + 7)
            if y - h < BOTTOM:
                if g.ruling == "horizontal":
                    line(xs[0], y, xs[-1], y)
                c.showPage()
                page += 1
                y = draw_header(furniture(False))
            mid = y - h / 2
            for ci, ls in enumerate(cells):
                col = g.cols[ci]
                for k, ln in enumerate(ls):
                    if not ln:
                        continue
                    base = mid + (len(ls) - 1) / 2 * LEAD - k * LEAD - 0.35 * SIZE
                    wd = width(ln, SONG, SIZE)
                    if col.align == "left":
                        x = xs[ci] + PAD + r.indents.get(ci, 0.0) * SIZE
                    elif col.align == "center":
                        x = (xs[ci] + xs[ci + 1] - wd) / 2
                    else:
                        x = xs[ci + 1] - PAD - wd
                    text(x, base, ln)
            if g.ruling == "grid":
                c.setLineWidth(0.6)
                line(xs[0], y - h, xs[-1], y - h)
                for x in xs:
                    line(x, y, x, y - h)
            for key in r.keys:
                placed[key] = page
            y -= h
        if g.ruling == "horizontal":
            c.setLineWidth(1.0)
            line(xs[0], y, xs[-1], y)
        if g.note:
            text(xs[0], y - 16, g.note)
        c.showPage()
        pages.append(placed)
    c.save()
    return pages


PROSE_SIZE = 11.0
PROSE_LEAD = 20.0


def draw_prose(c, paragraphs: Sequence[str], W: float, H: float) -> int:
    """Paragraphs in Song 11 pt, first-line indent of two ideographs, wrapped to the text block;
    the first paragraph is a heading (Hei 15 pt, centred). Returns the pages used."""
    pages = 1
    y = H - 60
    head = paragraphs[0]
    check_glyphs(HEI, head)
    c.setFont(HEI, 15)
    c.drawString((W - width(head, HEI, 15)) / 2, y, head)
    y -= 36
    block = W - 2 * MARGIN - 40
    for para in paragraphs[1:]:
        lines = break_lines(para, SONG, PROSE_SIZE, block - 2 * PROSE_SIZE, block)
        for k, ln in enumerate(lines):
            if y < BOTTOM + PROSE_LEAD:
                c.showPage()
                pages += 1
                y = H - 60
            check_glyphs(SONG, ln)
            c.setFont(SONG, PROSE_SIZE)
            c.drawString(MARGIN + 20 + (2 * PROSE_SIZE if k == 0 else 0), y, ln)
            y -= PROSE_LEAD
    c.showPage()
    return pages


# How portal pages indent a label by ``ind`` em (one level is one em in the PDF). Each is how some
# real page does it: CSS padding in em or px (no font size declared: a browser's 16 px), two
# full-width spaces or four &nbsp; per em, a nested paragraph with text-indent, or the classes and
# mso-char-indent-count of a sheet saved as a web page by Excel or WPS.
INDENT_STYLES = ("padding-em", "padding-px", "fullwidth", "nbsp", "nested-p", "class")
CLASS_SHEET = """<style>
<!--
.xl65 {mso-style-parent:style0; font-size:12.0pt; text-align:left;}
.xl66 {mso-style-parent:style0; font-size:12.0pt; text-align:left; mso-char-indent-count:1; padding-left:16px;}
.xl67 {mso-style-parent:style0; font-size:12.0pt; text-align:left; mso-char-indent-count:2; padding-left:32px;}
.xl68 {mso-style-parent:style0; font-size:12.0pt; text-align:left; mso-char-indent-count:3; padding-left:48px;}
.xl69 {mso-style-parent:style0; font-size:12.0pt; text-align:right;}
-->
</style>"""


def indented_cell(text: str, ind: float, style: str, align: str) -> str:
    """One label <td> indented by ``ind`` em in the given INDENT_STYLES style."""
    body = html.escape(text)
    levels = int(round(ind))
    if style == "class":
        return f'<td class="xl{65 + levels}">{body}</td>'
    if not ind:
        return f"<td{align}>{body}</td>"
    if style == "padding-em":
        return f'<td{align} style="padding-left:{ind:g}em">{body}</td>'
    if style == "padding-px":
        return f'<td{align} style="padding-left:{ind * 24:g}px">{body}</td>'
    if style == "fullwidth":
        return f"<td{align}>{chr(0x3000) * (2 * levels)}{body}</td>"
    if style == "nbsp":
        return f"<td{align}>{'&nbsp;' * (4 * levels)}{body}</td>"
    if style == "nested-p":
        return f'<td{align}><p style="text-indent:{2 * ind:g}em;margin:0">{body}</p></td>'
    raise ValueError(f"unknown indent style {style!r}")


def render_html(grids: Sequence[Grid], title: str) -> str:
    """A portal-style page: one <table> per grid, header with rowspan/colspan, code cells as text."""
    sheet = [CLASS_SHEET] if any(g.indent_style == "class" for g in grids) else []
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           "\n".join([f"<title>{html.escape(title)}</title>"] + sheet) + "</head><body>"]
    for g in grids:
        org = html.escape(g.org) if g.org_place in ("alone", "title") else ""
        after_title = f" {org}" if org and g.org_place == "title" else ""
        out.append(f'<p style="text-align:center"><b>{html.escape(g.title)}</b>{after_title}</p>')
        if org and g.org_place == "alone":
            out.append(f"<p>{org}</p>")
        out.append(f'<p style="text-align:right">单位：{html.escape(g.unit)}</p>')
        out.append('<table border="1" cellspacing="0">')
        depth = max(len(col.path) for col in g.cols)
        cells = header_cells(g.cols)
        for lvl in range(depth):
            tds = []
            for (a, b, l0, l1, s) in cells:
                if l0 != lvl:
                    continue
                attrs = ""
                if b > a:
                    attrs += f' colspan="{b - a + 1}"'
                if l1 > l0:
                    attrs += f' rowspan="{l1 - l0 + 1}"'
                tds.append(f"<td{attrs}>{html.escape(s)}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        for r in g.rows:
            tds = []
            for ci, s in enumerate(r.cells):
                ind = r.indents.get(ci, 0.0)
                align = {"right": ' align="right"', "center": ' align="center"'}.get(
                    g.cols[ci].align, "")
                if ci in r.indents or (g.indent_style == "class" and g.cols[ci].align == "left"):
                    tds.append(indented_cell(s, ind, g.indent_style, align))
                elif g.indent_style == "class" and g.cols[ci].align == "right":
                    tds.append(f'<td class="xl69">{html.escape(s)}</td>')
                else:
                    tds.append(f"<td{align}>{html.escape(s)}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
        if g.note:
            out.append(f"<p>{html.escape(g.note)}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
