#!/usr/bin/env python3
"""Fixtures for the fonts one document's pages share (issue #19: CPopplerPaths/FontCache).

shared-fonts.pdf: five pages written object by object, each naming its fonts a different way, so
that a font made once for the document and lent to later pages must be the font poppler would
have made for that page itself:

1. /F1 and /F2 both refer to object 20 (Helvetica): one object under two names.
2. The page's font dictionary is itself an indirect object (21), /F1 again object 20.
3. /F1 is a font dictionary written inline (Courier): no reference to key it by.
4. /F1 refers to object 22, an integer (no font at all: its "iiii" is not drawn), /F2 to
   object 20.
5. /F1 refers to object 23 (Courier): the name page 1 gave Helvetica, another font.

Every page draws "iiii" and "MMMM" in its fonts at 10 pt; in Helvetica an i is 2.22 pt wide, in
Courier 6 pt, so each page's glyph boxes tell which font drew them.
Deterministic: written byte by byte.

    python3 Scripts/make_font_fixtures.py
"""
from pathlib import Path

from make_rule_fixtures import pdf_string, stream, write_pdf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Fixtures" / "fonts"

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
COURIER_INLINE = "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def content(lines):
    """A content stream drawing each (font name, text) at 10 pt, one line each from the top."""
    ops = ["BT"]
    for index, (font, text) in enumerate(lines):
        ops.append(f"/{font} 10 Tf 1 0 0 1 72 {760 - 20 * index} Tm {pdf_string(text)} Tj")
    ops.append("ET")
    return "\n".join(ops) + "\n"


def shared_fonts():
    pages = [
        ("<< /F1 20 0 R /F2 20 0 R >>", [("F1", "iiii"), ("F2", "MMMM")]),
        ("21 0 R", [("F1", "iiii"), ("F1", "MMMM")]),
        (f"<< /F1 {COURIER_INLINE} >>", [("F1", "iiii"), ("F1", "MMMM")]),
        ("<< /F1 22 0 R /F2 20 0 R >>", [("F1", "iiii"), ("F2", "MMMM")]),
        ("<< /F1 23 0 R >>", [("F1", "iiii"), ("F1", "MMMM")]),
    ]
    # Objects: 1 catalog, 2 pages, 3-7 the pages, 8-12 their contents, 13-19 unused nulls,
    # 20 Helvetica, 21 a font dictionary, 22 an integer, 23 Courier.
    kids = " ".join(f"{3 + index} 0 R" for index in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
    ]
    for index, (fonts, _) in enumerate(pages):
        objects.append((f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {8 + index} 0 R "
                        f"/Resources << /Font {fonts} >> >>").encode())
    for _, lines in pages:
        objects.append(stream("", content(lines)))
    objects += [b"null"] * (20 - 1 - len(objects))
    objects += [
        HELVETICA,
        b"<< /F1 20 0 R >>",
        b"42",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf(OUT / "shared-fonts.pdf", objects)
    print("shared-fonts.pdf")


if __name__ == "__main__":
    shared_fonts()
