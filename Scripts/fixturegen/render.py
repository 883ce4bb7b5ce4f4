"""Draw a :class:`Notice` with reportlab.

Geometry (points, origin bottom-left, A4 = 595.28 x 841.89):

* body pages: text block x = 79.37 (28 mm) .. 521.57 (156 mm wide, as GB/T 9704); every line is
  justified to the full width except the last line of a paragraph; Latin/digit runs get an
  autospace gap of 0.25 em against ideographs (like Word, and pdftotext then prints "2023 年");
* page numbers: centred at x = W/2, baseline y = 36, Song 12 pt, "— 3 —" or "-3-";
* tables: centred horizontally; column widths come from the spec; see ``render_table``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Dict, List, Optional, Tuple

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

from . import fonts
from .fonts import HEI, SONG, check_glyphs, width
from .model import DASHES, Notice, RenderOptions, Row, Table

W, H = A4
MM = 72.0 / 25.4
LEFT = 28 * MM
TEXT_W = 156 * MM
RIGHT = LEFT + TEXT_W
RED = Color(0.85, 0.0, 0.0)
PAGE_NO_Y = 36.0
TABLE_TOP = H - 62.0  # top edge of the first thing on a table page
TABLE_BOTTOM = 58.0  # lowest table rule / row bottom
AUTOSPACE = 0.25  # em

OPEN_PUNCT = "（《「『“‘〔【("
CLOSE_PUNCT = "，。、；：？！）》」』”’〕】％%,.;:)"
FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def is_ideograph(ch: str) -> bool:
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x2E80 <= o <= 0x2FDF
            or 0xF900 <= o <= 0xFAFF)


def is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# ----------------------------------------------------------------------------------------------
# text with autospace and justification


def tokens(text: str) -> List[str]:
    """Ideographs and punctuation are single tokens; Latin/digit runs are unbreakable."""
    out: List[str] = []
    for ch in text:
        if out and ch.isascii() and ch not in " " and out[-1][-1].isascii() and out[-1][-1] != " ":
            out[-1] += ch
        else:
            out.append(ch)
    return out


def segments(text: str, autospace: bool = True) -> List[str]:
    """Split text where an autospace gap goes (between an ideograph and a Latin letter/digit)."""
    if not autospace:
        return [text]
    segs: List[str] = []
    cur = ""
    for ch in text:
        if cur and ((is_ideograph(cur[-1]) and is_latin(ch)) or
                    (is_latin(cur[-1]) and is_ideograph(ch))):
            segs.append(cur)
            cur = ""
        cur += ch
    if cur:
        segs.append(cur)
    return segs


def natural_width(text: str, font: str, size: float, autospace: bool = True) -> float:
    segs = segments(text, autospace)
    return sum(width(s, font, size) for s in segs) + AUTOSPACE * size * (len(segs) - 1)


def break_lines(text: str, font: str, size: float, first_width: float, rest_width: float,
                autospace: bool = True) -> List[str]:
    toks = tokens(text)
    lines: List[str] = []
    i = 0
    avail = first_width
    while i < len(toks):
        j = i
        line = ""
        while (j < len(toks)
               and natural_width(line + toks[j], font, size, autospace) <= avail + 0.01):
            line += toks[j]
            j += 1
        if j == i:  # a single token wider than the line
            line, j = toks[i], i + 1
        # kinsoku: no closing punctuation at a line start, no opening one at a line end
        while j < len(toks) and toks[j][0] in CLOSE_PUNCT and j - i > 1:
            j -= 1
            line = "".join(toks[i:j])
        while j - i > 1 and toks[j - 1][-1] in OPEN_PUNCT:
            j -= 1
            line = "".join(toks[i:j])
        lines.append(line)
        i = j
        avail = rest_width
    return lines


@dataclass
class Doc:
    c: rl_canvas.Canvas
    opts: RenderOptions
    page: int = 0
    page_open: bool = False
    autospace: bool = True  # body text: yes; table pages: no (tables come from spreadsheets)
    orientation: str = "portrait"  # of the open page (RenderOptions.table_orientation)

    @property
    def pw(self) -> float:
        """Width of the page as it reads (landscape pages are H wide)."""
        return W if self.orientation == "portrait" else H

    @property
    def ph(self) -> float:
        return H if self.orientation == "portrait" else W

    @property
    def table_top(self) -> float:
        return self.ph - (H - TABLE_TOP)

    def text(self, x: float, y: float, s: str, font: str = SONG, size: float = 12.0,
             color=black, char_space: float = 0.0) -> None:
        check_glyphs(font, s)
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        self.c.drawString(x, y, s, charSpace=char_space)

    def line_text(self, x: float, y: float, s: str, font: str, size: float,
                  justify_to: Optional[float] = None, color=black) -> None:
        """Draw one line with autospace; stretch it to ``justify_to`` points if given."""
        segs = segments(s, self.autospace)
        nat = natural_width(s, font, size, self.autospace)
        n = len(s)
        cs = 0.0
        if justify_to is not None and n > 1 and justify_to > nat:
            cs = (justify_to - nat) / (n - 1)
        for k, seg in enumerate(segs):
            self.text(x, y, seg, font, size, color, cs)
            x += width(seg, font, size) + cs * len(seg)
            if k < len(segs) - 1:
                x += AUTOSPACE * size
        self.c.setFillColor(black)

    def centred(self, y: float, s: str, font: str, size: float, color=black,
                cx: Optional[float] = None) -> None:
        cx = self.pw / 2 if cx is None else cx
        self.line_text(cx - natural_width(s, font, size, self.autospace) / 2, y, s, font, size,
                       color=color)

    def new_page(self, orientation: Optional[str] = None) -> None:
        """Opens the next page, in `orientation` (the open page's when None, portrait first)."""
        if self.page_open:
            self.finish_page()
        self.page += 1
        self.page_open = True
        mode = orientation or self.orientation
        if mode != self.orientation:
            self.c.setPageSize((H, W) if mode == "wide" else (W, H))
            self.c.setPageRotation(90 if mode == "rotated" else 0)
            self.orientation = mode
        if mode == "rotated":
            # user (x, y) on the page as it reads is (W - y, x) on the unrotated portrait page
            self.c.translate(W, 0)
            self.c.rotate(90)

    def finish_page(self) -> None:
        label = f"— {self.page} —" if self.opts.page_number == "emdash" else f"-{self.page}-"
        self.centred(PAGE_NO_Y, label, SONG, 12.0)
        self.c.showPage()
        self.page_open = False


# ----------------------------------------------------------------------------------------------
# body pages


def render_body(d: Doc, n: Notice) -> None:
    o = d.opts
    size, lead = o.body_size, o.body_leading
    d.new_page()
    # issuer mark: red, centred, 36 pt Song, baseline 110 pt below the top edge
    y = H - o.masthead_drop
    d.centred(y, n.issuer_mark, SONG, o.masthead_size, color=RED)
    y -= 50.0
    d.centred(y, n.doc_number, SONG, size)
    y -= 12.0
    d.c.setStrokeColor(RED)
    d.c.setLineWidth(1.5)
    d.c.line(LEFT, y, RIGHT, y)
    d.c.setStrokeColor(black)
    y -= 40.0
    for i, t in enumerate(n.title_lines):
        if i:
            y -= o.title_size_body * 14.0 / 9.0  # 28 pt for the default 18 pt title
        d.centred(y, t, SONG, o.title_size_body)
    y -= 2 * lead - 5.0
    d.line_text(LEFT, y, n.addressee, SONG, size)

    def next_line() -> float:
        nonlocal y
        y -= lead
        if y < o.body_bottom - 0.01:
            d.new_page()
            y = H - o.body_top
        return y

    indent = 2 * size
    for p in n.body:
        font = HEI if p.kind == "h" else o.body_font
        lines = break_lines(p.text, font, size, TEXT_W - indent, TEXT_W)
        for k, ln in enumerate(lines):
            x = LEFT + (indent if k == 0 else 0.0)
            last = k == len(lines) - 1
            d.line_text(x, next_line(), ln, font, size,
                        None if last else RIGHT - x)

    # attachment list: "附件：1．title" with hanging indent under the title text
    if n.attachments:
        head = "附件："
        hx = LEFT + indent + width(head, SONG, size)
        next_line()  # blank line before the attachment note
        for i, title in enumerate(n.attachments):
            item = title if len(n.attachments) == 1 else f"{i + 1}．{title}"
            lines = break_lines(item, SONG, size, RIGHT - hx, RIGHT - hx)
            for k, ln in enumerate(lines):
                yy = next_line()
                if i == 0 and k == 0:
                    d.line_text(LEFT + indent, yy, head, SONG, size)
                tx = hx + (width(f"{i + 1}．", SONG, size) if k and len(n.attachments) > 1
                           else 0.0)
                last = k == len(lines) - 1
                d.line_text(tx, yy, ln, SONG, size, None if last else RIGHT - tx)

    # signature block: date right-indented 4 em; signature centred over the date
    for _ in range(2):
        next_line()
    sig_y = next_line()
    date_y = next_line()
    date_w = natural_width(n.date, SONG, size)
    date_x = RIGHT - 4 * size - date_w
    cx = date_x + date_w / 2
    d.centred(sig_y, n.signature, SONG, size, cx=cx)
    d.line_text(date_x, date_y, n.date, SONG, size)
    if o.seal:
        draw_seal(d, cx, (sig_y + date_y) / 2 + size * 0.3)
    if n.publish_note:
        next_line()
        d.line_text(LEFT + indent, next_line(), n.publish_note, SONG, size)


def draw_seal(d: Doc, cx: float, cy: float) -> None:
    """A red seal outline (two rings and a star), no text, so the text layer is unaffected. Drawn
    multiplied, as a stamp's ink lies on paper: printed text under it stays dark (an opaque seal
    would paint the signature and date under its ring red, which no scan of paper shows)."""
    import math

    c = d.c
    c.saveState()
    c.setBlendMode("Multiply")
    c.setStrokeColor(RED)
    c.setFillColor(RED)
    c.setLineWidth(2.2)
    c.circle(cx, cy, 44, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.circle(cx, cy, 40.5, stroke=1, fill=0)
    r1, r2 = 13.0, 5.2
    p = c.beginPath()
    for k in range(10):
        r = r1 if k % 2 == 0 else r2
        a = math.pi / 2 + k * math.pi / 5
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        if k == 0:
            p.moveTo(x, y)
        else:
            p.lineTo(x, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


# ----------------------------------------------------------------------------------------------
# tables


def fmt_amount(v, mode: str, negative: str = "minus") -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        assert v in DASHES, v
        return v
    if v < 0 and negative != "minus":
        inner = fmt_amount(-v, mode)
        return f"({inner})" if negative == "paren" else f"（{inner}）"
    if mode == "plain":
        return str(v)
    if mode == "grouped":
        return format(v, ",")
    if mode == "fullwidth":
        return str(v).translate(FULLWIDTH)
    raise ValueError(mode)


def padded_name(s: str, mode: str) -> str:
    if len(s) == 2 and mode == "ascii":
        return s[0] + "  " + s[1]
    if len(s) == 2 and mode == "ideographic":
        return s[0] + "\u3000\u3000" + s[1]
    return s


def wrap_chars(s: str, font: str, size: float, avail: float) -> List[str]:
    if width(s, font, size) <= avail:
        return [s]
    return break_lines(s, font, size, avail, avail, autospace=False)


CELL_PAD = 6.0  # horizontal padding inside a cell
AMOUNT_PAD = 10.0  # right padding of right-aligned amounts


@dataclass
class CellLines:
    lines: List[str]
    kind: str
    distributed: bool = False


@dataclass
class TablePlacement:
    row_pages: Dict[int, int] = field(default_factory=dict)  # 1-based row -> page
    bottom: float = 0.0  # y of the last row's lower edge
    left: float = 0.0
    right: float = 0.0


def render_table(d: Doc, t: Table, placement: TablePlacement,
                 below: Optional[float] = None) -> None:
    """Draws a table from the top of a new page, or from ``below`` on the open page when
    the table asks for ``same_page``."""
    o = replace(d.opts, **t.style) if t.style else d.opts
    cols = t.columns
    tw = sum(c.width for c in cols)
    x0 = (d.pw - tw) / 2
    xs = [x0]
    for c in cols:
        xs.append(xs[-1] + c.width)
    two_level = any(c.group for c in cols)
    size = o.cell_size
    head_h = 22.0
    header_h = head_h * (2 if two_level else 1)

    item_numbers = {i: k for k, i in enumerate(
        (i for i, r in enumerate(t.rows, 1) if r.level == "item"), 1)}

    def cell_lines(r: Row, ci: int, number: int = 0) -> CellLines:
        c = cols[ci]
        avail = c.width - 2 * CELL_PAD
        if c.kind == "index":
            return CellLines([str(item_numbers[number])] if number in item_numbers else [], "index")
        if c.kind == "name":
            s = r.text or r.name
            if o.padding == "distributed" and width(s, SONG, size) <= avail:
                return CellLines([s], "name", True)
            return CellLines(wrap_chars(padded_name(s, o.padding), SONG, size, avail), "name")
        if c.kind == "remark":
            return CellLines(wrap_chars(r.remark, SONG, size, avail) if r.remark else [],
                             "remark")
        s = fmt_amount(r.values.get(c.key), o.number_format, o.negative_format)
        return CellLines([s] if s else [], "amount")

    def row_height(cells: List[CellLines]) -> float:
        k = max([len(cl.lines) for cl in cells] + [1])
        return max(o.row_height, o.row_height + (k - 1) * o.cell_leading)

    def draw_header(top: float, labels: Tuple[str, ...]) -> float:
        hs = o.header_size
        if o.ruled:
            d.c.setLineWidth(0.8)
            d.c.line(xs[0], top, xs[-1], top)
        i = 0
        while i < len(cols):
            c = cols[i]
            if c.group:
                j = i
                while j < len(cols) and cols[j].group == c.group:
                    j += 1
                # parent label over the span, sub-headers on the second line
                mid1 = top - head_h / 2
                d.centred(mid1 - 0.35 * hs, c.group, HEI, hs, cx=(xs[i] + xs[j]) / 2)
                for k in range(i, j):
                    d.centred(mid1 - head_h - 0.35 * hs, labels[k], HEI, hs,
                              cx=(xs[k] + xs[k + 1]) / 2)
                if o.ruled:
                    d.c.line(xs[i], top - head_h, xs[j], top - head_h)
                    for k in range(i + 1, j):
                        d.c.line(xs[k], top - head_h, xs[k], top - header_h)
                i = j
            else:
                d.centred(top - header_h / 2 - 0.35 * hs, labels[i], HEI, hs,
                          cx=(xs[i] + xs[i + 1]) / 2)
                i += 1
        bottom = top - header_h
        if o.ruled:
            d.c.line(xs[0], bottom, xs[-1], bottom)
            for k in range(len(xs)):
                inner_group = (0 < k < len(cols) and cols[k - 1].group
                               and cols[k - 1].group == cols[k].group)
                if not inner_group:
                    d.c.line(xs[k], top, xs[k], bottom)
        return bottom

    def draw_furniture(first: bool, table_page: int, top: Optional[float] = None) -> float:
        y = d.table_top if top is None else top
        labels = t.page_headers.get(table_page, tuple(c.header for c in cols))
        if labels is None:
            return y  # this page starts directly with rows
        assert len(labels) == len(cols), (t.title, table_page, labels)
        if first:
            d.text(LEFT, y - 14.0, t.label, HEI, 14.0)
            y -= 22.0
        if first or o.furniture == "full":
            title = t.title if first or t.continued_title is None else t.continued_title
            d.centred(y - 26.0, title, SONG, o.title_size)
            uy = y - 50.0
            d.line_text(xs[-1] - natural_width(t.unit, SONG, size, False), uy, t.unit, SONG, size)
            y = uy - 8.0
        if first or o.furniture in ("full", "header"):
            y = draw_header(y, labels)
        return y

    def draw_row(r: Row, cells: List[CellLines], top: float, h: float) -> None:
        mid = top - h / 2
        lead = o.cell_leading
        for ci, cl in enumerate(cells):
            c = cols[ci]
            k = len(cl.lines)
            for li, s in enumerate(cl.lines):
                base = mid + (k - 1) / 2 * lead - li * lead - 0.35 * size
                if cl.kind == "name" and cl.distributed:
                    draw_distributed(d, s, xs[ci] + CELL_PAD, xs[ci + 1] - CELL_PAD, base, size)
                elif cl.kind == "name" and o.name_align == "center":
                    d.centred(base, s, SONG, size, cx=(xs[ci] + xs[ci + 1]) / 2)
                elif cl.kind == "index":
                    d.centred(base, s, SONG, size, cx=(xs[ci] + xs[ci + 1]) / 2)
                elif cl.kind in ("name", "remark"):
                    d.line_text(xs[ci] + CELL_PAD, base, s, SONG, size)
                elif s in DASHES:
                    d.centred(base, s, SONG, size, cx=(xs[ci] + xs[ci + 1]) / 2)
                else:
                    right = xs[ci + 1] - AMOUNT_PAD
                    d.line_text(right - natural_width(s, SONG, size, False), base, s, SONG, size)
        if o.ruled:
            d.c.setLineWidth(0.8)
            d.c.line(xs[0], top - h, xs[-1], top - h)
            for x in xs:
                d.c.line(x, top, x, top - h)

    # label, title, unit, header and one row: what must fit under the previous table
    first_block = 22.0 + 58.0 + header_h + o.row_height
    if t.same_page:
        if not d.page_open or below is None or below - 30.0 - first_block < TABLE_BOTTOM:
            raise ValueError(f"{t.title}: does not fit under the previous table on page {d.page}")
        top = below - 30.0
    else:
        d.new_page(o.table_orientation)
        top = d.table_top
    d.autospace = False
    table_page = 1
    y = draw_furniture(True, table_page, top)
    for i, r in enumerate(t.rows, 1):
        cells = [cell_lines(r, ci, i) for ci in range(len(cols))]
        h = row_height(cells)
        if i in t.forced_breaks or y - h < TABLE_BOTTOM:
            if i not in t.forced_breaks and t.forced_breaks:
                raise ValueError(f"{t.title}: row {i} does not fit on page {d.page} "
                                 f"(forced breaks {t.forced_breaks})")
            d.new_page()
            table_page += 1
            y = draw_furniture(False, table_page)
        draw_row(r, cells, y, h)
        placement.row_pages[i] = d.page
        y -= h
    if t.notes:
        y = draw_notes(d, t.notes, xs[0], xs[-1], y, size)
    placement.bottom = y
    placement.left, placement.right = xs[0], xs[-1]


def draw_notes(d: Doc, notes: List[str], x0: float, x1: float, y: float, size: float) -> float:
    """注：… lines under the last row, wrapped to the table's width; on a new page (without
    table furniture) when they do not fit under it. Returns the y under the last line."""
    lines = [ln for note in notes for ln in break_lines(note, SONG, size, x1 - x0, x1 - x0, False)]
    pitch = size + 5.0
    if y - 6.0 - pitch * len(lines) < TABLE_BOTTOM:
        d.new_page()
        y = d.table_top
    y -= 6.0
    for ln in lines:
        d.line_text(x0, y - size, ln, SONG, size)
        y -= pitch
    return y


COLOPHON_SIZE = 12.0
COLOPHON_PITCH = 26.0


def render_colophon(d: Doc, lines: List[str], top: float) -> None:
    """The 版记 under the last table: each line between thin rules (GB/T 9704 sets it at the foot
    of the last page; a table that ends low leaves it right under the rows). A tab sends the rest
    of a line flush right (the print date)."""
    y = top - d.opts.colophon_gap * COLOPHON_PITCH
    if y - COLOPHON_PITCH * len(lines) < TABLE_BOTTOM:
        if not d.opts.colophon_overflow:
            raise ValueError(f"colophon does not fit under the table on page {d.page}")
        d.new_page()  # the 版记 alone on a last page
        y = d.table_top - COLOPHON_PITCH
    d.c.setLineWidth(0.7)
    d.c.line(LEFT, y + COLOPHON_PITCH * 0.7, RIGHT, y + COLOPHON_PITCH * 0.7)
    for line in lines:
        left, _, right = line.partition("\t")
        d.line_text(LEFT + COLOPHON_SIZE, y, left, SONG, COLOPHON_SIZE)
        if right:
            d.line_text(RIGHT - COLOPHON_SIZE - natural_width(right, SONG, COLOPHON_SIZE), y, right,
                        SONG, COLOPHON_SIZE)
        d.c.line(LEFT, y - COLOPHON_PITCH * 0.3, RIGHT, y - COLOPHON_PITCH * 0.3)
        y -= COLOPHON_PITCH


def draw_distributed(d: Doc, s: str, x0: float, x1: float, base: float, size: float) -> None:
    """Each glyph drawn separately, first at x0, last ending at x1, equal gaps, no spaces."""
    ws = [width(ch, SONG, size) for ch in s]
    if len(s) == 1:
        d.text(x0, base, s, SONG, size)
        return
    gap = (x1 - x0 - sum(ws)) / (len(s) - 1)
    x = x0
    for ch, w_ in zip(s, ws):
        d.text(x, base, ch, SONG, size)
        x += w_ + gap


# ----------------------------------------------------------------------------------------------


def render(n: Notice, path: str) -> List[TablePlacement]:
    fonts.register()
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(n.title)
    c.setAuthor(n.signature)
    c.setSubject(n.doc_number)
    c.setCreator("allot Scripts/make_fixtures.py")
    c.setProducer("allot fixture generator (reportlab)")
    d = Doc(c, n.options)
    if not n.options.attachment_only:
        render_body(d, n)
    placements = []
    for t in n.tables:
        p = TablePlacement()
        render_table(d, t, p, placements[-1].bottom if placements else None)
        placements.append(p)
    if n.colophon:
        render_colophon(d, n.colophon, placements[-1].bottom if placements else H - 100.0)
    if d.page_open:
        d.finish_page()
    c.save()
    return placements
