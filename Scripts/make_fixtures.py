#!/usr/bin/env python3
"""Regenerate the notice PDF fixtures and their expected CSVs.

    python3 Scripts/make_fixtures.py                 # every fixture -> Fixtures/notices, expected
    python3 Scripts/make_fixtures.py --list          # names, families
    python3 Scripts/make_fixtures.py NAME ...        # only these fixtures
    python3 Scripts/make_fixtures.py --check         # regenerate in a temp dir, compare bytes
    python3 Scripts/make_fixtures.py jxzf-2022-125 --out /tmp/x --set furniture=header \\
        --set padding=distributed --set ruled=true   # ad-hoc variant (writes only to --out)

Output is deterministic (reportlab ``invariant=1``): the same inputs give byte-identical PDFs.
Needs reportlab (Scripts/requirements-fixtures.txt) and the fonts fonts-arphic-gbsn00lp and
fonts-wqy-microhei.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import filecmp
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fixturegen import expected  # noqa: E402
from fixturegen.model import RenderOptions, with_options  # noqa: E402
from fixturegen.render import render  # noqa: E402
from fixturegen.specs import FIXTURES  # noqa: E402

HAND_CHECKED = {"jxzf-2022-125": "jxzf-2022-125.csv"}  # typed from the reference, not generated
# fixtures drawn from the same 125号 data: they must equal the hand-checked CSV except for
# these differences (page offset; 1-based row -> printed amount)
REFERENCE_DERIVED = {
    "jxzf-2022-125-misprint": (0, {1: "403255", 34: "26989"}),
    "jxzf-2022-125-gbt9704": (2, {}),
}


def verify_derived(name: str, text: str) -> None:
    offset, amounts = REFERENCE_DERIVED[name]
    with open(os.path.join(ROOT, "Fixtures", "expected", "jxzf-2022-125.csv"),
              encoding="utf-8") as f:
        want = list(csv.DictReader(f))
    got = list(csv.DictReader(text.splitlines()))
    assert len(want) == len(got), name
    for w, g in zip(want, got):
        w = dict(w, page=str(int(w["page"]) + offset))
        if int(w["row"]) in amounts:
            w["amount"] = amounts[int(w["row"])]
        if w != g:
            raise SystemExit(f"{name}: row {w['row']} differs from the hand-checked CSV: {g}")


def parse_set(items):
    fields = {f.name: f for f in dataclasses.fields(RenderOptions)}
    out = {}
    for item in items:
        k, _, v = item.partition("=")
        if k not in fields:
            raise SystemExit(f"unknown option {k}; known: {', '.join(fields)}")
        t = fields[k].type
        if t in ("bool", bool):
            out[k] = v.lower() in ("1", "true", "yes")
        elif t in ("float", float):
            out[k] = float(v)
        else:
            out[k] = v
    return out


def generate(name: str, notices_dir: str, expected_dir: str, overrides=None) -> None:
    n = FIXTURES[name]()
    if overrides:
        n = with_options(n, **overrides)
    os.makedirs(notices_dir, exist_ok=True)
    os.makedirs(expected_dir, exist_ok=True)
    pdf = os.path.join(notices_dir, name + ".pdf")
    placements = render(n, pdf)

    fs = expected.findings(n)
    if n.expected_schema == "short":
        text = expected.short_csv(n, placements)
    else:
        text = expected.long_csv(n, placements)

    if name in HAND_CHECKED and not overrides:
        # the hand-typed CSV is the authority: the generator's table must match it exactly
        hand = os.path.join(ROOT, "Fixtures", "expected", HAND_CHECKED[name])
        with open(hand, encoding="utf-8") as f:
            want = f.read()
        if want != text:
            raise SystemExit(f"{name}: generated table differs from hand-checked {hand}")
        if expected_dir != os.path.dirname(hand):
            with open(os.path.join(expected_dir, HAND_CHECKED[name]), "w", encoding="utf-8",
                      newline="\n") as f:
                f.write(text)
    else:
        if name in REFERENCE_DERIVED and not overrides:
            verify_derived(name, text)
        with open(os.path.join(expected_dir, name + ".csv"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(text)
    fpath = os.path.join(expected_dir, name + ".findings.csv")
    if fs:
        with open(fpath, "w", encoding="utf-8", newline="\n") as f:
            f.write(expected.findings_csv(fs))
    elif os.path.exists(fpath):
        os.remove(fpath)
    print(f"{pdf}: {os.path.getsize(pdf)} bytes, "
          f"{sum(len(t.rows) for t in n.tables)} rows, {len(fs)} findings")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="fixtures to build (default: all)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temp dir and compare with the committed files")
    ap.add_argument("--out", help="write PDFs and CSVs here instead of Fixtures/")
    ap.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                    help="override a RenderOptions field (requires --out)")
    a = ap.parse_args()

    names = a.names or list(FIXTURES)
    for nm in names:
        if nm not in FIXTURES:
            raise SystemExit(f"unknown fixture {nm}; known: {', '.join(FIXTURES)}")
    if a.list:
        for nm in names:
            n = FIXTURES[nm]()
            print(f"{nm}: {'; '.join(n.families)}")
        return 0
    overrides = parse_set(a.set)
    if overrides and not a.out:
        raise SystemExit("--set needs --out (committed fixtures are only built from the specs)")

    if a.check:
        bad = 0
        with tempfile.TemporaryDirectory() as tmp:
            for nm in names:
                nd, ed = folders(nm)
                generate(nm, os.path.join(tmp, os.path.relpath(nd, os.path.join(ROOT, "Fixtures"))),
                         os.path.join(tmp, os.path.relpath(ed, os.path.join(ROOT, "Fixtures"))))
            for sub in sorted({os.path.relpath(d, tmp) for d, _, fs in os.walk(tmp) if fs}):
                for fn in sorted(os.listdir(os.path.join(tmp, sub))):
                    committed = os.path.join(ROOT, "Fixtures", sub, fn)
                    if not os.path.exists(committed) or not filecmp.cmp(
                            committed, os.path.join(tmp, sub, fn), shallow=False):
                        print(f"DIFFERS: Fixtures/{sub}/{fn}")
                        bad += 1
        print("all fixtures up to date" if not bad else f"{bad} file(s) differ")
        return 1 if bad else 0

    for nm in names:
        if a.out:
            nd, ed = a.out, a.out
        else:
            nd, ed = folders(nm)
        generate(nm, nd, ed, overrides)
    return 0


def folders(name: str):
    """Where a fixture's PDF and expected CSV go: notices/ and expected/, or both in its batch folder."""
    folder = FIXTURES[name]().folder
    if folder == "notices":
        return os.path.join(ROOT, "Fixtures", "notices"), os.path.join(ROOT, "Fixtures", "expected")
    return (os.path.join(ROOT, "Fixtures", folder),) * 2


if __name__ == "__main__":
    sys.exit(main())
