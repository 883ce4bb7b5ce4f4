#!/usr/bin/env python3
"""Generate the scanned-notice fixtures in Fixtures/scanned/ (see Fixtures/scanned/README.md).

Each fixture renders a committed text-layer notice (Fixtures/notices/*.pdf) to images with
poppler-utils' pdftoppm, adds what real scans have (a grey paper tone, a red seal over the
signature, a skew, noise, JPEG artefacts) and wraps the JPEGs as image-only PDF pages. A fixture
may keep some pages as they are (text layer) to cover documents where only some pages are scans,
and may make one printed digit ambiguous (an 8 with its left half erased and blurred, so that it
reads as 3 or 6) for the arithmetic verification to decide, or print one character of a line as
another (the title printed again on a continuation page with 2028 for 2023, as a scan may read
it). Deterministic: fixed seeds, no dates.

    python3 -m venv .venv-scan && .venv-scan/bin/pip install -r Scripts/requirements-scan.txt
    .venv-scan/bin/python Scripts/make_scanned_fixtures.py
"""
import io
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "Fixtures" / "notices"
OUT = ROOT / "Fixtures" / "scanned"


@dataclass
class Scan:
    name: str
    source: str
    dpi: int
    skew: float            # degrees, positive = clockwise
    seed: int
    quality: int = 55      # JPEG quality
    noise: float = 6.0     # standard deviation of the grey noise
    paper: tuple = (236, 234, 226)
    text_pages: tuple = ()  # pages kept with their text layer
    ambiguous: tuple = ()   # (page, word as printed, which character of it) made ambiguous
    turns: tuple = ()       # (page, degrees clockwise: 90, 180, 270) the sheet was fed turned
    overprints: tuple = ()  # (page, line as printed, which character of it, the character printed instead)
    notes: str = ""


SCANS = [
    Scan("jxzf-2022-125-scanned", "jxzf-2022-125", dpi=200, skew=1.2, seed=125,
         notes="every page a scan: 200 dpi, 1.2° skew, red seal over the signature"),
    Scan("jxzf-2022-125-misprint-scanned", "jxzf-2022-125-misprint", dpi=240, skew=-0.7, seed=126,
         text_pages=(1, 2),
         notes="the two misprints must survive as the document's own findings; body pages keep their text layer"),
    Scan("jxzf-2022-125-ambiguous", "jxzf-2022-125", dpi=200, skew=0.5, seed=127, text_pages=(1, 2),
         ambiguous=((3, "3810", 1),),
         notes="陵川县 3810: the 8 has its left bows erased and is blurred (reads 3); the sums decide"),
    Scan("ideographic-ruled-multicol-radicals-scanned", "ideographic-ruled-multicol-radicals", dpi=200, skew=-1.8,
         seed=204, text_pages=(1,), notes="ruled, three amount columns cross-footed; 200 dpi, -1.8° skew"),
    Scan("jxzf-2022-125-rotated", "jxzf-2022-125", dpi=200, skew=0.8, seed=128, text_pages=(1, 2),
         turns=((3, 180), (4, 90)),
         notes="page 3 scanned upside down, page 4 turned a quarter clockwise (a landscape image); 200 dpi"),
    Scan("jxzf-2022-125-title-digit", "jxzf-2022-125", dpi=200, skew=0.6, seed=129, text_pages=(1, 2),
         overprints=((4, "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表", 7, "8"),),
         notes="the title printed again on page 4 reads 提前下达2028年…: one numeral differs, the header and "
               "rows go on; still one table"),
    Scan("joins-year-fund-page-break-scanned", "joins/joins-year-fund-page-break", dpi=200, skew=-0.5, seed=130,
         text_pages=(1,),
         notes="2024年 (no total) then 2025年 on a new page under the same header, scanned: the year differs in one "
               "numeral, but 2024年's last page ends half way down: still two tables (then 省级财政)"),
]


def render(pdf, page, dpi):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", str(pdf),
                        f"{tmp}/p"], check=True)
        [png] = Path(tmp).glob("p*.png")
        return Image.open(png).convert("RGB")


def word_boxes(pdf, page):
    """Words of a page with their boxes in points (pdftotext -bbox)."""
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         check=True, capture_output=True).stdout
    root = ET.fromstring(xml)
    words = []
    for word in root.iter("{http://www.w3.org/1999/xhtml}word"):
        words.append((word.text, [float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]))
    return words


def make_ambiguous(image, pdf, page, word, index, dpi):
    """Fade the left half of one character of `word` and blur it: an 8 then reads as 3 (or 6)."""
    boxes = [box for text, box in word_boxes(pdf, page) if text == word]
    if not boxes:
        raise SystemExit(f"{pdf.name} p{page}: no word {word}")
    x0, y0, x1, y1 = [v * dpi / 72 for v in boxes[0]]
    width = (x1 - x0) / len(word)
    cx0, cx1 = x0 + width * index, x0 + width * (index + 1)
    # The left bows of the 8, between its top and bottom strokes, faded to a light grey.
    bows = (int(cx0) - 1, int(y0 + (y1 - y0) * 0.30), int(cx0 + width * 0.45), int(y1 - (y1 - y0) * 0.30))
    faded = np.asarray(image.crop(bows)).astype(np.float64)
    image.paste(Image.fromarray((255 - (255 - faded) * AMBIGUOUS_INK).astype(np.uint8)), bows[:2])
    region = (int(cx0) - 2, int(y0), int(cx1) + 2, int(y1) + 1)
    image.paste(image.crop(region).filter(ImageFilter.GaussianBlur(AMBIGUOUS_BLUR)), region[:2])


TITLE_FONT = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"   # the fixtures' Song (titles)


def overprint(image, pdf, page, line, index, replacement, dpi):
    """Print `replacement` in place of character `index` of `line` (one word of pdftotext -bbox,
    set in TITLE_FONT): the character's place is measured with the font's advances, its ink
    painted over with white, and the replacement drawn on the same baseline, found by matching
    the character as drawn against the page's ink."""
    boxes = [box for text, box in word_boxes(pdf, page) if text == line]
    if not boxes:
        raise SystemExit(f"{pdf.name} p{page}: no line {line}")
    x0, y0, x1, y1 = boxes[0]
    size = y1 - y0
    scale = dpi / 72
    font = ImageFont.truetype(TITLE_FONT, round(size * scale))
    if abs(ImageFont.truetype(TITLE_FONT, 100).getlength(line) * size / 100 - (x1 - x0)) > 1:
        raise SystemExit(f"{pdf.name} p{page}: {line} is not set in {TITLE_FONT} at {size} pt")
    left = (x0 + ImageFont.truetype(TITLE_FONT, 100).getlength(line[:index]) * size / 100) * scale
    width = ImageFont.truetype(TITLE_FONT, 100).getlength(line[index]) * size / 100 * scale
    page_ink = np.asarray(image.convert("L")) < 128
    best = None
    for dy in range(int(y0 * scale) - 4, int(y1 * scale) + 5):
        mask = Image.new("L", image.size, 0)
        ImageDraw.Draw(mask).text((left, dy), line[index], font=font, fill=255, anchor="ls")
        drawn = np.asarray(mask) >= 128
        score = (drawn & page_ink).sum() - (drawn & ~page_ink).sum()
        if best is None or score > best[0]:
            best = (score, dy)
    baseline = best[1]
    ImageDraw.Draw(image).rectangle([int(left), int(y0 * scale), int(left + width + 1), int(y1 * scale) + 1],
                                    fill=(255, 255, 255))
    ImageDraw.Draw(image).text((left, baseline), replacement, font=font, fill=(0, 0, 0), anchor="ls")


AMBIGUOUS_INK = 0.0     # share of the ink left in the faded bows
AMBIGUOUS_BLUR = 0.6    # pixels


def add_seal(image, rng):
    """A thick red stamp over the fixture's own seal outline (the red ink in the lower half)."""
    pixels = np.asarray(image).astype(int)
    red = (pixels[:, :, 0] - np.maximum(pixels[:, :, 1], pixels[:, :, 2])) > 80
    red[: image.height // 2, :] = False
    ys, xs = np.nonzero(red)
    if len(xs) == 0:
        return image
    cx, cy = (xs.min() + xs.max()) / 2, (ys.min() + ys.max()) / 2
    radius = max(xs.max() - xs.min(), ys.max() - ys.min()) / 2
    stamp = Image.new("RGB", image.size, (255, 255, 255))
    draw = ImageDraw.Draw(stamp)
    ink = (214, 40, 40)
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=ink, width=max(3, int(radius / 14)))
    for _ in range(14):   # stroke fragments, like the seal's characters
        a = rng.uniform(0, 2 * np.pi)
        r = rng.uniform(0.45, 0.75) * radius
        x, y = cx + r * np.cos(a), cy + r * np.sin(a)
        draw.line([x, y, x + rng.uniform(-1, 1) * radius / 6, y + rng.uniform(-1, 1) * radius / 6], fill=ink,
                  width=max(2, int(radius / 25)))
    # Multiply: black text under the stamp stays black.
    out = (np.asarray(image).astype(np.uint32) * np.asarray(stamp).astype(np.uint32)) // 255
    return Image.fromarray(out.astype(np.uint8))


def scan_page(image, scan, rng, turn=0):
    image = add_seal(image, rng)
    paper = np.array(scan.paper, dtype=np.float64) / 255.0
    pixels = np.asarray(image).astype(np.float64) * paper
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    image = image.rotate(-scan.skew, resample=Image.BICUBIC, fillcolor=scan.paper)
    if turn:
        image = image.rotate(-turn, expand=True)
    pixels = np.asarray(image).astype(np.float64)
    pixels += rng.normal(0, scan.noise, size=pixels.shape[:2])[:, :, None]
    specks = rng.random(pixels.shape[:2]) < 0.0004
    pixels[specks] = 40
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=scan.quality)
    return buffer.getvalue()


def build(scan, out_dir):
    # A source in another fixture folder is named with it (joins/NAME).
    source = (NOTICES.parent if "/" in scan.source else NOTICES) / f"{scan.source}.pdf"
    reader = PdfReader(str(source))
    rng = np.random.default_rng(scan.seed)
    writer = PdfWriter()
    for number, page in enumerate(reader.pages, start=1):
        if number in scan.text_pages:
            writer.add_page(page)
            continue
        image = render(source, number, scan.dpi)
        for (ambiguous_page, word, index) in scan.ambiguous:
            if ambiguous_page == number:
                make_ambiguous(image, source, number, word, index, scan.dpi)
        for (overprint_page, line, index, replacement) in scan.overprints:
            if overprint_page == number:
                overprint(image, source, number, line, index, replacement, scan.dpi)
        jpeg = scan_page(image, scan, rng, dict(scan.turns).get(number, 0))
        layout = img2pdf.get_fixed_dpi_layout_fun((scan.dpi, scan.dpi))
        pdf = img2pdf.convert(jpeg, layout_fun=layout, nodate=True)
        writer.add_page(PdfReader(io.BytesIO(pdf)).pages[0])
    writer._ID = None
    buffer = io.BytesIO()
    writer.write(buffer)
    (out_dir / f"{scan.name}.pdf").write_bytes(buffer.getvalue())


def main(argv):
    out_dir = OUT
    if "--out" in argv:
        out_dir = Path(argv[argv.index("--out") + 1])
    out_dir.mkdir(parents=True, exist_ok=True)
    names = [a for a in argv if not a.startswith("--") and a != str(out_dir)]
    for scan in SCANS:
        if names and scan.name not in names:
            continue
        build(scan, out_dir)
        print(f"{scan.name}.pdf  from {scan.source}.pdf: {scan.notes}")


if __name__ == "__main__":
    main(sys.argv[1:])
