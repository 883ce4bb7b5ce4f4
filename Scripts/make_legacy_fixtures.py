#!/usr/bin/env python3
"""Regenerate the legacy-format fixtures (.doc, .wps, .et) under Fixtures/office/ from the
committed docx and xlsx fixtures, with LibreOffice (`soffice`, Debian libreoffice-writer-nogui and
libreoffice-calc-nogui; not a dependency of the build or the tests, which skip without it):

    python3 Scripts/make_legacy_fixtures.py

* NAME.doc (Word 97 binary): NAME.docx converted through ODT (LibreOffice 7.4's direct docx → doc
  export writes the table's cells as one run of paragraph text, a table no reader can recover;
  docx → odt → doc keeps the table, merged cells included);
* NAME.wps: the same Word 97 bytes under WPS Writer's extension (WPS Office saves .wps as an OLE2
  Word binary document; the fixture checks that the extension reaches LibreOffice, not WPS's dialect);
* NAME.et: NAME.xlsx saved as Excel 97 (BIFF8) under WPS Spreadsheets' extension (formulas with their
  cached values, hidden rows, columns and sheets kept).

The bytes LibreOffice writes carry its own timestamps, so a regeneration differs in bytes, not in
what the files read to (`LegacyOfficeTests` compares their rows with the docx's and xlsx's).
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "Fixtures" / "office"
DOCUMENTS = ["jxzf-2022-125", "distributed-twolevel-decimal-after"]
WORKBOOKS = ["jxzf-2022-125"]


def convert(soffice: str, profile: Path, source: Path, target: str, folder: Path) -> Path:
    """`source` converted to the `target` filter's extension in `folder`."""
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", target, "--outdir", str(folder), str(source)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    result = folder / f"{source.stem}.{target.split(':')[0]}"
    if not result.exists():
        raise SystemExit(f"soffice wrote no {result.name} for {source.name}")
    return result


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("/usr/lib/libreoffice/program/soffice")
    if soffice is None:
        print("make_legacy_fixtures: soffice not found (apt-get install libreoffice-writer-nogui "
              "libreoffice-calc-nogui)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        profile = work / "profile"
        for name in DOCUMENTS:
            odt = convert(soffice, profile, OFFICE / f"{name}.docx", "odt", work / "odt")
            doc = convert(soffice, profile, odt, "doc", work / "doc")
            shutil.copyfile(doc, OFFICE / f"{name}.doc")
            shutil.copyfile(doc, OFFICE / f"{name}.wps")
            print(f"wrote {name}.doc and {name}.wps")
        for name in WORKBOOKS:
            xls = convert(soffice, profile, OFFICE / f"{name}.xlsx", "xls", work / "xls")
            shutil.copyfile(xls, OFFICE / f"{name}.et")
            print(f"wrote {name}.et")
    return 0


if __name__ == "__main__":
    sys.exit(main())
