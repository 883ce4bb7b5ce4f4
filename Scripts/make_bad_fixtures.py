#!/usr/bin/env python3
"""Generate the bad-input fixtures in Fixtures/bad/ (see Fixtures/bad/README.md).

Derived from the committed replica Fixtures/notices/jxzf-2022-125.pdf (run make_fixtures.py
first) with pypdf, reportlab and poppler-utils' pdftoppm. Deterministic (reportlab runs with
invariant=1, pypdf output carries no dates) except encrypted.pdf, whose AES encryption draws a
random IV: its bytes change on each run, its content does not.

    pip install -r Scripts/requirements-fixtures.txt
    python3 Scripts/make_bad_fixtures.py
"""
import io
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixturegen import fonts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Fixtures" / "bad"
REPLICA = ROOT / "Fixtures" / "notices" / "jxzf-2022-125.pdf"


def write_pages(reader, indices, path, rotate=0):
    writer = PdfWriter()
    for index in indices:
        page = writer.add_page(reader.pages[index])
        if rotate:
            page.rotate(rotate)
    writer._ID = None
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())


def table_pdf(path, rows, title="测试资金分配表", line=None):
    """A one-page notice table drawn with the fixture fonts: header, then label/amount rows."""
    fonts.register()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(fonts.SONG, 12)
    c.drawString(80, 800, "晋财农〔2023〕7号")
    c.setFont(fonts.SONG, 16)
    c.drawCentredString(297, 760, title)
    c.setFont(fonts.SONG, 11)
    c.drawRightString(500, 735, "单位：万元")
    c.setFont(fonts.HEI, 11)
    for x, text in ((90, "市县名"), (400, "中央资金"), (500, "备注")):
        c.drawString(x, 712, text)
    c.setFont(fonts.SONG, 11)
    y = 690
    for label, amount, remark in rows:
        c.drawString(90, y, label)
        c.drawRightString(460, y, amount)
        c.drawString(500, y, remark)
        y -= 18
    if line:
        c.setFont(fonts.SONG, 4)
        c.drawString(20, 60, line)
    c.showPage()
    c.save()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    data = REPLICA.read_bytes()
    reader = PdfReader(str(REPLICA))
    (OUT / "empty.pdf").write_bytes(b"")
    (OUT / "not-a-pdf.pdf").write_bytes("<html><body>这不是PDF文件</body></html>\n".encode())
    (OUT / "truncated.pdf").write_bytes(data[: len(data) * 2 // 5])
    # Damaged cross-reference: every xref offset shifted, so poppler must rebuild it.
    start = data.rfind(b"\nxref")
    damaged = bytearray(data)
    for i in range(start + 6, min(len(damaged), start + 400)):
        if damaged[i:i + 1].isdigit():
            damaged[i] = ord("7")
    (OUT / "damaged-xref.pdf").write_bytes(bytes(damaged))
    writer = PdfWriter(clone_from=reader)
    writer._ID = None
    writer.encrypt(user_password="allot", owner_password="allot-owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    (OUT / "encrypted.pdf").write_bytes(buffer.getvalue())
    write_pages(reader, [0, 1], OUT / "no-table.pdf")
    # Page 4's content stream overwritten with bytes that are not zlib: poppler reads the other
    # pages; the rows printed on page 4 are missing.
    writer = PdfWriter(clone_from=reader)
    writer.pages[3]["/Contents"].get_object()._data = b"\x00garbage-not-zlib" * 20
    writer._ID = None
    buffer = io.BytesIO()
    writer.write(buffer)
    (OUT / "damaged-page.pdf").write_bytes(buffer.getvalue())
    write_pages(reader, [2, 3, 4], OUT / "rotated.pdf", rotate=90)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-f", "3", "-l", "3", "-r", "50", "-gray", "-png", str(REPLICA),
                        f"{tmp}/page"], check=True)
        image = next(Path(tmp).glob("page*.png")).read_bytes()
        c = canvas.Canvas(str(OUT / "scanned.pdf"), pagesize=A4, invariant=1)
        # From bytes, not a path: reportlab names an image after its file path (a temp dir here).
        c.drawImage(ImageReader(io.BytesIO(image)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
    table_pdf(OUT / "absurd-cells.pdf", [
        ("全省合计", "1000", ""),
        ("太原市小计", "abc", "字母"),
        ("娄烦县", "1234567890123456789012345678901234567890", "四十位"),
        ("阳曲县", "-50", "负数"),
    ])
    table_pdf(OUT / "long-line.pdf", [("全省合计", "30", ""), ("娄烦县", "10", ""), ("阳曲县", "20", "")],
              line="乡村振兴" * 400)
    print("\n".join(sorted(p.name for p in OUT.glob("*.pdf"))))


if __name__ == "__main__":
    main()
