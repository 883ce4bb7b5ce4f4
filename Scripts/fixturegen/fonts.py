"""Font registration for the fixture generator.

Two system fonts are embedded as TrueType subsets (reportlab writes a ToUnicode CMap for each
subset, so pdftotext recovers the exact code points that were drawn):

* ``Song`` -- AR PL SungtiL GB (Debian package ``fonts-arphic-gbsn00lp``), a Song/Ming face used
  for the issuer mark, titles, body text and table cells.
* ``Hei``  -- WenQuanYi Micro Hei (``fonts-wqy-microhei``), a sans face used for the section
  headings (一、二、三、), the ``附件`` label and the table column headers, as 黑体 is used in
  real notices.

Neither font has glyphs for the Kangxi Radicals (U+2F00..U+2FD5) or the CJK Radicals Supplement
(U+2E80..U+2EFF).  Real notices whose text layer contains such code points were produced with
fonts that map the radical code point and the unified ideograph to the *same* glyph.  We
reproduce exactly that: :func:`alias_radicals` adds cmap entries radical -> glyph of the
ideograph, so the page shows the ideograph while the ToUnicode CMap reports the radical.
"""

from __future__ import annotations

import os

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SONG = "Song"
HEI = "Hei"

FONT_FILES = {
    SONG: ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    HEI: ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}

# Radical code point -> unified ideograph it stands for (only ones used by the specs need to
# be listed; the list is deliberately small and explicit).
RADICALS = {
    "\u2F45": "方",  # KANGXI RADICAL SQUARE
    "\u2F2D": "山",  # KANGXI RADICAL MOUNTAIN
    "\u2F24": "大",  # KANGXI RADICAL BIG
    "\u2F6F": "石",  # KANGXI RADICAL STONE
    "\u2ED3": "长",  # CJK RADICAL C-SIMPLIFIED LONG
    "\u2F42": "文",  # KANGXI RADICAL SCRIPT
}

_registered = False


def register() -> None:
    global _registered
    if _registered:
        return
    for name, (path, index) in FONT_FILES.items():
        if not os.path.exists(path):
            raise SystemExit(
                f"missing font {path}; install it with: apt-get install "
                + ("fonts-arphic-gbsn00lp" if name == SONG else "fonts-wqy-microhei")
            )
        font = TTFont(name, path, subfontIndex=index, asciiReadable=False)
        _slim_name_table(font.face)
        pdfmetrics.registerFont(font)
    alias_radicals(SONG)
    alias_radicals(HEI)
    _registered = True


def _slim_name_table(face) -> None:
    """Embed a small 'name' table instead of the original (gbsn00lp's is 43 KB of license
    text, copied into every 256-glyph subset).  Family/PostScript names are kept."""
    import struct

    original = face.get_table
    strings = [(1, face.familyName if hasattr(face, "familyName") else face.name),
               (2, "Regular"), (4, face.name), (6, face.name)]
    blobs = [str(v).encode("utf-16-be") for _, v in strings]
    header = struct.pack(">HHH", 0, len(strings), 6 + 12 * len(strings))
    records, offset = b"", 0
    for (nid, _), blob in zip(strings, blobs):
        records += struct.pack(">HHHHHH", 3, 1, 0x409, nid, len(blob), offset)
        offset += len(blob)
    table = header + records + b"".join(blobs)

    def get_table(tag):
        return table if tag == "name" else original(tag)

    face.get_table = get_table


def alias_radicals(font_name: str) -> None:
    face = pdfmetrics.getFont(font_name).face
    for radical, ideograph in RADICALS.items():
        r, i = ord(radical), ord(ideograph)
        if r in face.charToGlyph:
            continue  # the font has its own glyph: keep it
        face.charToGlyph[r] = face.charToGlyph[i]
        face.charWidths[r] = face.charWidths[i]


def has_glyph(font_name: str, ch: str) -> bool:
    return ord(ch) in pdfmetrics.getFont(font_name).face.charToGlyph


def check_glyphs(font_name: str, text: str) -> None:
    missing = sorted({c for c in text if not has_glyph(font_name, c)})
    if missing:
        raise ValueError(
            f"font {font_name} lacks glyphs for {' '.join(f'U+{ord(c):04X}({c})' for c in missing)}"
            f" in {text!r}"
        )


def width(text: str, font_name: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font_name, size)
