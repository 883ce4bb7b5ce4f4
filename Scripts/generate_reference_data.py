#!/usr/bin/env python3
"""Turns the reference data files in Sources/AllotReferenceData/Data/ into Swift source
(Sources/AllotReferenceData/ReferenceTables.swift), so that the `allot` binary carries its
division catalogue, alias table and Equivalent_Unified_Ideograph table and parses no file at
start-up.

    python3 Scripts/generate_reference_data.py           # write the Swift file
    python3 Scripts/generate_reference_data.py --check   # exit 1 if it is not what the data gives

The data are checked on the way: headers, code lengths, every county inside its prefecture and
province, no code twice, alias targets that are counties of the alias's province, names already
in the normal form allot compares names in (NFKC, no whitespace, no CJK radical that the
ideograph table maps), ranges of the ideograph table in order. Any failure names file and line.
"""
import csv
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "Sources" / "AllotReferenceData" / "Data"
OUTPUT = ROOT / "Sources" / "AllotReferenceData" / "ReferenceTables.swift"


class DataError(Exception):
    pass


def rows(name, header):
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    if not records or records[0] != header:
        raise DataError(f"{name}:1: expected header {','.join(header)}")
    out = []
    for number, record in enumerate(records[1:], start=2):
        if not record:
            continue
        if len(record) != len(header):
            raise DataError(f"{name}:{number}: expected {len(header)} fields, found {len(record)}")
        out.append((number, record))
    return out


def code(value, digits, where):
    if len(value) != digits or not value.isascii() or not value.isdigit():
        raise DataError(f"{where}: expected a {digits}-digit code, found {value!r}")
    return value


def ideographs():
    name = "EquivalentUnifiedIdeograph.txt"
    pairs = []
    for number, raw in enumerate((DATA / name).read_text(encoding="utf-8").split("\n"), start=1):
        line = raw.split("#", 1)[0]
        if not line.strip():
            continue
        fields = [field.strip() for field in line.split(";")]
        try:
            bounds = fields[0].split("..")
            low, high = int(bounds[0], 16), int(bounds[-1], 16)
            target = int(fields[1], 16)
            if len(fields) != 2 or len(bounds) > 2 or low > high:
                raise ValueError
            chr(target)
        except (ValueError, IndexError):
            raise DataError(f"{name}:{number}: expected `code[..code] ; code`") from None
        pairs.extend((source, target) for source in range(low, high + 1))
    if len({source for source, _ in pairs}) != len(pairs):
        raise DataError(f"{name}: a code point is mapped twice")
    return pairs


def checked_name(value, where, radicals):
    if not value:
        raise DataError(f"{where}: empty name")
    if unicodedata.normalize("NFKC", value) != value or any(c.isspace() for c in value) \
            or any(ord(c) in radicals for c in value) or any(unicodedata.category(c)[0] == "C" for c in value):
        raise DataError(f"{where}: name {value!r} is not in normal form (NFKC, no spaces or radicals)")
    return value


def load():
    pairs = ideographs()
    radicals = {source for source, _ in pairs}
    known = {}

    def add(division_code, level, where):
        if division_code in known:
            raise DataError(f"{where}: code {division_code} appears twice")
        known[division_code] = level

    provinces = []
    for number, (province, name) in rows("provinces.csv", ["code", "name"]):
        where = f"provinces.csv:{number}"
        province = code(province, 2, where)
        add(province + "0000", "province", where)
        provinces.append((province, checked_name(name, where, radicals)))

    prefectures = []
    for number, (prefecture, name, province) in rows("cities.csv", ["code", "name", "provinceCode"]):
        where = f"cities.csv:{number}"
        prefecture, province = code(prefecture, 4, where), code(province, 2, where)
        if not prefecture.startswith(province) or known.get(province + "0000") != "province":
            raise DataError(f"{where}: code {prefecture} is not inside a known province {province}")
        add(prefecture + "00", "prefecture", where)
        prefectures.append((prefecture, checked_name(name, where, radicals)))

    counties = []
    for number, (county, name, prefecture, province) in rows("areas.csv", ["code", "name", "cityCode", "provinceCode"]):
        where = f"areas.csv:{number}"
        county, prefecture, province = code(county, 6, where), code(prefecture, 4, where), code(province, 2, where)
        # The parent is the code's own prefix: the Swift side derives it from the code alone.
        if not (county.startswith(prefecture) and prefecture.startswith(province)) \
                or known.get(prefecture + "00") != "prefecture":
            raise DataError(f"{where}: code {county} is not inside a known {prefecture} and {province}")
        if county != prefecture + "00":  # 东莞市 lists itself as its only county: the code names the prefecture
            add(county, "county", where)
        counties.append((county, checked_name(name, where, radicals)))

    aliases = []
    for number, (old, county, province, note) in rows("aliases.csv", ["old_name", "code", "province_code", "note"]):
        where = f"aliases.csv:{number}"
        county, province = code(county, 6, where), code(province, 6, where)
        if known.get(county) != "county":
            raise DataError(f"{where}: {county} is not a county in areas.csv")
        if province != county[:2] + "0000":
            raise DataError(f"{where}: province {province} does not contain {county}")
        aliases.append((checked_name(old, where, radicals), county, province, note))
    return provinces, prefectures, counties, aliases, pairs


def literal(text):
    out = []
    for character in text:
        if character in '"\\':
            out.append("\\" + character)
        elif unicodedata.category(character)[0] == "C":
            out.append("\\u{%X}" % ord(character))
        else:
            out.append(character)
    return '"' + "".join(out) + '"'


def tuples(records, name):
    """One typed tuple of string literals a record (StaticString: stored as written, no parse)."""
    for record in records:
        for field in record[:-1]:
            if not field:
                raise DataError(f"{name}: empty field in {record!r}")
    return "".join("        (" + ", ".join(literal(field) for field in record) + "),\n" for record in records)


def render():
    provinces, prefectures, counties, aliases, pairs = load()
    # Full 6-digit codes and parent codes, sorted by code: the Swift side builds its catalog
    # without padding or sorting, and checks order, duplicates and parents in one pass over the
    # codes' bytes. The tables are typed arrays of StaticString tuples: the compiler lays them out
    # as constant data (nothing split or parsed at start-up; a name becomes a String straight from
    # its literal's bytes) and type-checks each record's shape. StaticString, not String: the same
    # array of String tuples takes minutes to compile, this one seconds.
    provinces = sorted((code + "0000", name) for code, name in provinces)
    prefectures = sorted((code + "00", code[:2] + "0000", name) for code, name in prefectures)
    counties = sorted((code, code[:4] + "00", name) for code, name in counties)

    def table(name, doc, fields, records):
        element = "(" + ", ".join(f"{field}: StaticString" for field in fields) + ")"
        return (f"    /// {doc}\n    public static let {name}: [{element}] = [\n"
                f"{tuples(records, name)}    ]\n")

    scalars = "".join(f'        ("\\u{{{source:X}}}", "\\u{{{target:X}}}"),\n' for source, target in pairs)
    return (
        "// Generated by Scripts/generate_reference_data.py from Sources/AllotReferenceData/Data/ (see its\n"
        "// README for sources and licenses). Do not edit: change the data and run the generator.\n"
        "\n"
        "/// Reference data compiled into the binary: GB/T 2260 divisions, former county names and the\n"
        "/// Equivalent_Unified_Ideograph table. Names are already NFKC without spaces or radicals;\n"
        "/// codes are full 6-digit codes.\n"
        "public enum ReferenceTables {\n"
        + table("provinces", "Provinces, sorted by code.", ["code", "name"], provinces)
        + "\n"
        + table("prefectures", "Prefecture-level units, sorted by code.", ["code", "province", "name"], prefectures)
        + "\n"
        + table("counties", "County-level units, sorted by code (a prefecture without counties, such as "
                "东莞市, lists itself).", ["code", "prefecture", "name"], counties)
        + "\n"
        + table("aliases", "Former county names, in file order.", ["oldName", "code", "province", "note"], aliases)
        + "\n"
        "    /// CJK radicals and strokes and the unified ideograph each is equivalent to, one pair per\n"
        "    /// code point (ranges of the source file expanded).\n"
        "    public static let equivalentIdeographs: [(radical: Unicode.Scalar, ideograph: Unicode.Scalar)] = [\n"
        + scalars
        + "    ]\n"
        "}\n"
    )


def main():
    try:
        text = render()
    except DataError as error:
        print(f"generate_reference_data: {error}", file=sys.stderr)
        return 2
    if "--check" in sys.argv[1:]:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"generate_reference_data: {OUTPUT.relative_to(ROOT)} is not what the data give; "
                  "run python3 Scripts/generate_reference_data.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
