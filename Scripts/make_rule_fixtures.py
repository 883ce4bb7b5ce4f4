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

Deterministic (reportlab runs with invariant=1).

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
    lines = ["page,axis,position,start,end"] + [f"1,{axis},{pos:.2f},{start:.2f},{end:.2f}" for axis, pos, start, end in rules]
    (OUT / "evenodd-frames.rules.csv").write_text("\n".join(lines) + "\n")
    print("evenodd-frames.pdf")


if __name__ == "__main__":
    main()
