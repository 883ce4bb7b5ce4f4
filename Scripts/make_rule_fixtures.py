#!/usr/bin/env python3
"""Generate the ruling-line fixtures in Fixtures/rules/ (see Fixtures/rules/README.md).

evenodd-frames.pdf: one A4 page with three small tables of amounts, each framed by one filled
path of two rectangles, the inner inside the outer, no stroke:
  - frame A: filled with the even-odd rule (`f*`): the inner rectangle is a hole, a 1 pt ring;
  - frame B: filled with the nonzero rule (`f`), the inner rectangle wound the other way round:
    also a hole, a 1.5 pt ring with a 0.75 pt row rule inside it drawn as a thin filled box;
  - frame C: filled with the nonzero rule, both rectangles wound the same way: a solid dark grey
    box (the inner one adds nothing), far thicker than a rule: no rule.
The frames' sides are written to evenodd-frames.rules.csv (page, axis, position, start, end; points
from the top-left), as make_fiscal_fixtures.py writes the rules it draws.

hole-grids.pdf: one A4 page with two ruled tables of amounts, each grid drawn as ONE filled path:
the outline of the whole grid and every cell inside it as a hole, no stroke:
  - grid A: even-odd fill (`f*`), 1 pt rules, 4 rows by 3 columns;
  - grid B: nonzero fill (`f`), every cell wound against the outline, 0.75 pt rules, its header
    cell over the two amount columns merged (one hole for two cells: the rule between those
    columns starts under the header).
Each rule is drawn once, its full length: hole-grids.rules.csv.

grids-continued.pdf: two A4 pages, one ruled table of amounts (grids drawn as in hole-grids, even-odd)
continued over the page break: page 1 the header Name | Central | Province and three rows, page 2
the same header printed again, three more rows and the Total of all six; then, under it on page 2,
another grid with its own header (Name | Amounts over both amount columns) and three rows: a table
of its own. One table of seven rows and one of three; every sum holds.

painted-rules.pdf: one A4 page, written object by object (reportlab has no tiling patterns), a
table of amounts ruled by thin shapes painted with something other than a colour:
  - horizontal rules: a rectangle filled with a coloured tiling pattern (its cell paints itself
    black), one with an uncoloured tiling pattern given a near-black colour, one filled with a
    shading pattern (axial, black to dark grey), the last two as an axial shading (`sh`) painted
    inside one clipping path of two thin rectangles;
  - vertical rules: the outer two as one path of two rectangles filled with the uncoloured
    pattern, one a shading inside a thin clipping rectangle, one a line stroked with the
    coloured pattern.
Each rule once, its full length: painted-rules.rules.csv.

Deterministic (reportlab runs with invariant=1; painted-rules.pdf is written byte by byte).

    pip install -r Scripts/requirements-fixtures.txt
    python3 Scripts/make_rule_fixtures.py
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Fixtures" / "rules"
WIDTH, HEIGHT = A4


def outline(path, x0, y0, x1, y1, clockwise):
    """A closed rectangle, wound one way or the other (reportlab's y points up)."""
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    if clockwise:
        corners.reverse()
    path.moveTo(*corners[0])
    for corner in corners[1:]:
        path.lineTo(*corner)
    path.close()


def table_text(c, x, top, rows):
    """Rows of a name and two amounts, 14 pt apart, starting 16 pt under `top` (reportlab y)."""
    c.setFont("Helvetica", 10)
    for index, (name, first, second) in enumerate(rows):
        y = top - 16 - 14 * index
        c.drawString(x + 8, y, name)
        c.drawRightString(x + 170, y, first)
        c.drawRightString(x + 250, y, second)


def ring_sides(x0, y0, x1, y1, width):
    """The four sides of a ring of `width` inside the box (reportlab y), as rules in top-left points."""
    top, bottom = HEIGHT - y1, HEIGHT - y0
    return [
        ("horizontal", top + width / 2, x0, x1),
        ("horizontal", bottom - width / 2, x0, x1),
        ("vertical", x0 + width / 2, top, bottom),
        ("vertical", x1 - width / 2, top, bottom),
    ]


def write_rules(name, rules):
    lines = ["page,axis,position,start,end"] + [f"1,{axis},{pos:.2f},{start:.2f},{end:.2f}" for axis, pos, start, end in rules]
    (OUT / f"{name}.rules.csv").write_text("\n".join(lines) + "\n")


ROWS = [("Alpha", "1,234.56", "789.00"), ("Beta", "2,345.67", "890.12"), ("Gamma", "3,456.78", "901.23")]
COLUMNS = [90, 90, 90]
ROW_HEIGHT = 16


def grid_lines(left, top):
    """Rule positions (reportlab y for rows) of a grid of a header row and the ROWS."""
    xs = [left]
    for width in COLUMNS:
        xs.append(xs[-1] + width)
    ys = [top - ROW_HEIGHT * i for i in range(len(ROWS) + 2)]
    return xs, ys


def grid_lines_for(left, top, rows):
    """Rule positions of a grid of a header row and `rows` rows."""
    xs, _ = grid_lines(left, top)
    return xs, [top - ROW_HEIGHT * i for i in range(rows + 2)]


def grid_text(c, xs, ys, header, rows=ROWS):
    c.setFont("Helvetica", 10)
    for index, text in enumerate(header):
        if text:
            c.drawString(xs[index] + 6, ys[0] - 12, text)
    for index, (name, first, second) in enumerate(rows):
        y = ys[index + 1] - 12
        c.drawString(xs[0] + 6, y, name)
        c.drawRightString(xs[2] - 6, y, first)
        c.drawRightString(xs[3] - 6, y, second)


def grid_rules(xs, ys, width, merged=False):
    """The rules of a grid drawn as holes, in top-left points: each line its full length, the
    line between the amount columns (xs[2]) starting under the header when it is merged."""
    half = width / 2
    rules = [("horizontal", HEIGHT - y, xs[0] - half, xs[-1] + half) for y in ys]
    for index, x in enumerate(xs):
        start = HEIGHT - ys[1] - half if merged and index == 2 else HEIGHT - ys[0] - half
        rules.append(("vertical", x, start, HEIGHT - ys[-1] + half))
    return rules


def hole_grid(c, xs, ys, width, even_odd, merged):
    """One path: the grid's outline and each cell a hole (the header's two amount cells one hole
    when `merged`); with the nonzero rule each hole is wound against the outline."""
    half = width / 2
    path = c.beginPath()
    outline(path, xs[0] - half, ys[-1] - half, xs[-1] + half, ys[0] + half, clockwise=False)
    for row in range(len(ys) - 1):
        columns = [(0, 1), (1, 3)] if merged and row == 0 else [(i, i + 1) for i in range(len(xs) - 1)]
        for first, last in columns:
            outline(path, xs[first] + half, ys[row + 1] + half, xs[last] - half, ys[row] - half,
                    clockwise=not even_odd)
    c.drawPath(path, stroke=0, fill=1, fillMode=0 if even_odd else 1)


def hole_grids():
    c = canvas.Canvas(str(OUT / "hole-grids.pdf"), pagesize=A4, invariant=1)
    c.setFillColorRGB(0, 0, 0)
    rules = []
    xs, ys = grid_lines(60, 760)
    hole_grid(c, xs, ys, 1, even_odd=True, merged=False)
    grid_text(c, xs, ys, ["Name", "Central", "Province"])
    rules += grid_rules(xs, ys, 1)
    xs, ys = grid_lines(60, 600)
    hole_grid(c, xs, ys, 0.75, even_odd=False, merged=True)
    grid_text(c, xs, ys, ["Name", "Amounts", ""])
    rules += grid_rules(xs, ys, 0.75, merged=True)
    c.showPage()
    c.save()
    write_rules("hole-grids", rules)
    print("hole-grids.pdf")


MORE_ROWS = [("Delta", "4,567.89", "12.34"), ("Epsilon", "5,678.90", "23.45"), ("Zeta", "6,789.01", "34.56")]


def total_row(rows):
    """The Total of `rows`, each amount column summed exactly (in cents)."""
    def cents(text):
        return int(text.replace(",", "").replace(".", ""))

    def printed(value):
        return f"{value // 100:,}.{value % 100:02d}"

    return ("Total", printed(sum(cents(row[1]) for row in rows)), printed(sum(cents(row[2]) for row in rows)))


def grids_continued():
    """A ruled table over a page break, its header printed again, and another table under it."""
    c = canvas.Canvas(str(OUT / "grids-continued.pdf"), pagesize=A4, invariant=1)
    c.setFillColorRGB(0, 0, 0)
    header = ["Name", "Central", "Province"]
    xs, ys = grid_lines_for(60, 760, len(ROWS))
    hole_grid(c, xs, ys, 1, even_odd=True, merged=False)
    grid_text(c, xs, ys, header, ROWS)
    c.showPage()
    c.setFillColorRGB(0, 0, 0)
    rows = MORE_ROWS + [total_row(ROWS + MORE_ROWS)]
    xs, ys = grid_lines_for(60, 760, len(rows))
    hole_grid(c, xs, ys, 1, even_odd=True, merged=False)
    grid_text(c, xs, ys, header, rows)
    xs, ys = grid_lines_for(60, 600, len(ROWS))
    hole_grid(c, xs, ys, 1, even_odd=True, merged=True)
    grid_text(c, xs, ys, ["Name", "Amounts", ""], ROWS)
    c.showPage()
    c.save()
    print("grids-continued.pdf")


def pdf_string(text):
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def write_pdf(path, objects):
    """A PDF of `objects` (bodies of objects 1…n, bytes), object 1 the catalog, with its xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))


def stream(dictionary, content):
    data = content.encode("latin-1")
    return f"<< {dictionary} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def painted_rules():
    """A table ruled by shapes painted with patterns and shadings (see the module docstring)."""
    xs, ys = grid_lines(60, 760)
    w, half = 1.0, 0.5
    left, right = xs[0] - half, xs[-1] + half
    top, bottom = ys[0] + half, ys[-1] - half
    ops = []
    # Text: the header and the rows, Helvetica 10.
    ops.append("BT /F1 10 Tf")
    for index, text in enumerate(["Name", "Central", "Province"]):
        ops.append(f"1 0 0 1 {xs[index] + 6} {ys[0] - 12} Tm {pdf_string(text)} Tj")
    for index, row in enumerate(ROWS):
        y = ys[index + 1] - 12
        ops.append(f"1 0 0 1 {xs[0] + 6} {y} Tm {pdf_string(row[0])} Tj")
        # Amounts left-aligned a fixed distance into their cells (no font metrics needed).
        ops.append(f"1 0 0 1 {xs[1] + 30} {y} Tm {pdf_string(row[1])} Tj")
        ops.append(f"1 0 0 1 {xs[2] + 40} {y} Tm {pdf_string(row[2])} Tj")
    ops.append("ET")
    bar = lambda y: f"{left} {y - half} {right - left} {w} re"
    # Horizontal rules.
    ops.append(f"/Pattern cs /P1 scn {bar(ys[0])} f")                      # coloured tiling
    ops.append(f"/CsP cs 0.05 0.05 0.05 /P2 scn {bar(ys[1])} f")          # uncoloured tiling
    ops.append(f"/Pattern cs /P3 scn {bar(ys[2])} f")                      # shading pattern
    ops.append(f"q {bar(ys[3])} {bar(ys[4])} W n /Sh1 sh Q")               # shading in a clip of two
    # Vertical rules: the outer two as one path, one a shading in a clip, one stroked with a pattern.
    column = lambda x: f"{x - half} {bottom} {w} {top - bottom} re"
    ops.append(f"/CsP cs 0.05 0.05 0.05 /P2 scn {column(xs[0])} {column(xs[3])} f")
    ops.append(f"q {column(xs[1])} W n /Sh1 sh Q")
    ops.append(f"q /Pattern CS /P1 SCN {w} w 0 J {xs[2]} {top} m {xs[2]} {bottom} l S Q")
    content = "\n".join(ops) + "\n"
    shading = ("<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 600 0] /Extend [true true] "
               "/Function << /FunctionType 2 /Domain [0 1] /C0 [0 0 0] /C1 [0.3 0.3 0.3] /N 1 >> >>")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH:.2f} {HEIGHT:.2f}] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> /Pattern << /P1 6 0 R /P2 7 0 R /P3 8 0 R >> "
         "/ColorSpace << /CsP [/Pattern /DeviceRGB] >> /Shading << /Sh1 9 0 R >> >> >>").encode(),
        stream("", content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        stream("/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 4 4] /XStep 4 /YStep 4 "
               "/Resources << >>", "0 0 0 rg 0 0 4 4 re f"),
        stream("/Type /Pattern /PatternType 1 /PaintType 2 /TilingType 1 /BBox [0 0 4 4] /XStep 4 /YStep 4 "
               "/Resources << >>", "0 0 4 4 re f"),
        f"<< /Type /Pattern /PatternType 2 /Shading {shading} >>".encode(),
        shading.encode(),
    ]
    write_pdf(OUT / "painted-rules.pdf", objects)
    rules = [("horizontal", HEIGHT - y, left, right) for y in ys]
    rules += [("vertical", x, HEIGHT - top, HEIGHT - bottom) for x in xs]
    write_rules("painted-rules", rules)
    print("painted-rules.pdf")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(OUT / "evenodd-frames.pdf"), pagesize=A4, invariant=1)
    rules = []
    rows = [("Alpha", "1,234.56", "789.00"), ("Beta", "2,345.67", "890.12"), ("Gamma", "3,456.78", "901.23")]
    c.setFillColorRGB(0, 0, 0)

    # Frame A: an even-odd ring, 1 pt.
    a = (60, 640, 320, 700)
    path = c.beginPath()
    outline(path, *a, clockwise=False)
    outline(path, a[0] + 1, a[1] + 1, a[2] - 1, a[3] - 1, clockwise=False)
    c.drawPath(path, stroke=0, fill=1, fillMode=0)  # 0: even-odd (FILL_EVEN_ODD)
    table_text(c, a[0], a[3], rows)
    rules += ring_sides(*a, 1)

    # Frame B: a nonzero ring (inner wound the other way), 1.5 pt, with a 0.75 pt row rule.
    b = (60, 520, 320, 580)
    path = c.beginPath()
    outline(path, *b, clockwise=False)
    outline(path, b[0] + 1.5, b[1] + 1.5, b[2] - 1.5, b[3] - 1.5, clockwise=True)
    c.drawPath(path, stroke=0, fill=1, fillMode=1)  # 1: nonzero winding (FILL_NON_ZERO)
    c.rect(b[0] + 1.5, 560, b[2] - b[0] - 3, 0.75, stroke=0, fill=1)
    table_text(c, b[0], b[3], rows)
    rules += ring_sides(*b, 1.5)
    rules.append(("horizontal", HEIGHT - 560 - 0.375, b[0] + 1.5, b[2] - 1.5))

    # Frame C: nonzero, both wound the same way: a solid dark box, no rule.
    c.setFillColorRGB(0.3, 0.3, 0.3)
    d = (60, 400, 320, 460)
    path = c.beginPath()
    outline(path, *d, clockwise=False)
    outline(path, d[0] + 1, d[1] + 1, d[2] - 1, d[3] - 1, clockwise=False)
    c.drawPath(path, stroke=0, fill=1, fillMode=1)
    c.setFillColorRGB(0, 0, 0)
    table_text(c, d[0], d[3], rows)

    c.showPage()
    c.save()
    write_rules("evenodd-frames", rules)
    print("evenodd-frames.pdf")
    hole_grids()
    grids_continued()
    painted_rules()


if __name__ == "__main__":
    main()
