#!/usr/bin/env python3
"""Regenerate the office-format fixtures under Fixtures/office/ from the same notice specs as
the PDF replicas (Scripts/fixturegen/specs.py), so each notice reads to the same rows whatever
its format.

    python3 -m venv .venv-fixtures && .venv-fixtures/bin/pip install -r Scripts/requirements-fixtures.txt
    .venv-fixtures/bin/python Scripts/make_office_fixtures.py

For each family (the 125号 table and four others):
* NAME.xlsx (openpyxl): the attachment as its bureau publishes it: 附件 label, title and unit as
  merged rows over the table, two-level headers merged, amounts as numbers (two-decimal tables
  with the format 0.00), and on the 125号 workbook a hidden helper row, a hidden helper column,
  a hidden sheet, a display format hiding decimals (on the distributed family's sheet) and SUM
  formulas for every subtotal and the total (cached values written in and the calcPr Excel
  writes, no fullCalcOnLoad, as Excel does);
* NAME.xls (xlwt, BIFF8): the same sheets; on the 125号 workbook the same SUM formulas with their
  cached results (FORMULA records written here: xlwt writes none), a RECALCID record (the file was
  calculated by Excel), the hidden row, column and sheet; the distributed family's cells with the
  xlsx's #,##0 format;
* NAME.docx (python-docx): the whole notice (masthead, doc number, title, body, signature, date)
  and its tables, with gridSpan and vMerge for the two-level header;
* NAME.ofd: our own GB/T 33190 writer, from the PDF replica's characters (pdfplumber), so the
  positions are those of the PDF; one family is written with Size=1 and a scaling CTM.
Plus jxzf-2022-125-formula-cache.xlsx and .xls: the 125号 workbook with one SUM formula whose cached
value is wrong (太原市小计 stores 10645; its cells sum to 10654): a formula_mismatch finding; and two
xls whose wrong cached value the file itself does not vouch for (a note, formula_uncomputed, no
finding): -formula-uncomputed.xls (no RECALCID record: not calculated by Excel) and
-formula-always-calc.xls (RECALCID, but 太原市小计's formula flagged fAlwaysCalc), with their xlsx
twins -formula-uncomputed.xlsx (openpyxl's calcPr fullCalcOnLoad="1" kept) and
-formula-always-calc.xlsx (太原市小计's <f ca="1">); and -formula-novalue.xlsx, every formula
without <v> (as openpyxl writes them) and fullCalcOnLoad="1": each sum is the exact sum of its cells.
Output is deterministic (fixed timestamps, sorted members).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Scripts"))

from fixturegen import specs  # noqa: E402
from fixturegen.model import Notice, Row, Table  # noqa: E402

OUT = ROOT / "Fixtures" / "office"
PDFS = ROOT / "Fixtures" / "notices"
FAMILIES = [
    "jxzf-2022-125",
    "ideographic-ruled-multicol-radicals",
    "distributed-twolevel-decimal-after",
    "gansu-two-tables-fullwidth-dash-wrap",
    "shanxi-divisions-aliases",
]
FIXED_DATE = (2024, 1, 1, 0, 0, 0)


def decimals(table: Table) -> int:
    """Decimals printed in the table's amounts (0 or 2 in the specs)."""
    places = [-v.as_tuple().exponent for r in table.rows for v in r.values.values() if isinstance(v, Decimal)]
    return max(places + [0])


def header_rows(table: Table) -> Tuple[List[Tuple[str, int, int]], List[str]]:
    """(top cells as (text, first column, span)), leaf names. Columns without a group span both rows."""
    top: List[Tuple[str, int, int]] = []
    leaves: List[str] = []
    index = 0
    while index < len(table.columns):
        column = table.columns[index]
        if column.group:
            span = 1
            while index + span < len(table.columns) and table.columns[index + span].group == column.group:
                span += 1
            top.append((column.group, index, span))
            leaves += [c.header for c in table.columns[index:index + span]]
            index += span
        else:
            top.append((column.header, index, 1))
            leaves.append(column.header)
            index += 1
    return top, leaves


def cell_value(row: Row, table: Table, index: int):
    column = table.columns[index]
    if column.kind == "name":
        return row.text or row.name
    if column.kind == "remark":
        return row.remark or None
    return row.values.get(column.key)


def sum_rows(table: Table, row_index: int) -> Optional[List[int]]:
    """0-based rows a subtotal or total sums (its items, or for the total its subtotals and
    direct items), as the spec's hierarchy builds them; None for items."""
    rows = table.rows
    row = rows[row_index]
    if row.level == "subtotal":
        return [i for i, r in enumerate(rows) if r.level == "item" and r.group == row.group]
    if row.level == "total":
        return [i for i, r in enumerate(rows) if r.level == "subtotal" or (r.level == "item" and r.group == -1)]
    return None


# --- xlsx ------------------------------------------------------------------------------------

def write_xlsx(notice: Notice, path: Path, *, extras: bool, wrong_cache: bool = False, full_calc: bool = False,
               always_calc: bool = False, no_values: bool = False) -> None:
    """The workbook; on the 125号 workbook (`extras`) SUM formulas with their cached values (Excel's
    calcPr, no fullCalcOnLoad) unless `full_calc` keeps openpyxl's fullCalcOnLoad="1", `always_calc`
    flags 太原市小计's formula ca="1", or `no_values` leaves every formula without <v>."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    cached: Dict[Tuple[str, str], str] = {}
    flagged: set = set()
    for t_index, table in enumerate(notice.tables):
        sheet = book.create_sheet(f"表{t_index + 1}")
        width = len(table.columns)
        last = get_column_letter(width)
        sheet["A1"] = table.label
        sheet["A2"] = table.title
        sheet.merge_cells(f"A2:{last}2")
        sheet["A3"] = table.unit
        sheet.merge_cells(f"A3:{last}3")
        top, leaves = header_rows(table)
        two_level = any(c.group for c in table.columns)
        for text, first, span in top:
            sheet.cell(row=4, column=first + 1, value=text)
            if span > 1:
                sheet.merge_cells(start_row=4, start_column=first + 1, end_row=4, end_column=first + span)
            elif two_level:
                sheet.merge_cells(start_row=4, start_column=first + 1, end_row=5, end_column=first + 1)
        if two_level:
            for index, column in enumerate(table.columns):
                if column.group:
                    sheet.cell(row=5, column=index + 1, value=column.header)
        first_data = 6 if two_level else 5
        places = decimals(table)
        fmt = "0." + "0" * places if places else "0"
        # 125号 extras: a display format hiding decimals is on the distributed family instead
        if extras and notice.name.startswith("distributed"):
            fmt = "#,##0"
        for r_index, row in enumerate(table.rows):
            excel_row = first_data + r_index
            for c_index in range(width):
                value = cell_value(row, table, c_index)
                if value is None:
                    continue
                cell = sheet.cell(row=excel_row, column=c_index + 1)
                if isinstance(value, Decimal):
                    cell.value = value
                    cell.number_format = fmt
                    parts = sum_rows(table, r_index) if extras and notice.name == "jxzf-2022-125" else None
                    if parts:
                        refs = ",".join(f"{get_column_letter(c_index + 1)}{first_data + p}" for p in parts)
                        contiguous = parts == list(range(parts[0], parts[-1] + 1))
                        formula = (f"SUM({get_column_letter(c_index + 1)}{first_data + parts[0]}:"
                                   f"{get_column_letter(c_index + 1)}{first_data + parts[-1]})"
                                   if contiguous else f"SUM({refs})")
                        cell.value = "=" + formula
                        stored = str(value)
                        if wrong_cache and row.name == "太原市小计":
                            stored = "10645"
                            if always_calc:
                                flagged.add((sheet.title, cell.coordinate))
                        cached[(sheet.title, cell.coordinate)] = stored
                else:
                    cell.value = value
        if extras and notice.name == "jxzf-2022-125":
            # a hidden helper row (zero, outside every formula) and a hidden helper column
            helper = first_data + len(table.rows) + 1
            sheet.cell(row=helper, column=1, value="备用")
            sheet.cell(row=helper, column=2, value=Decimal(0))
            sheet.row_dimensions[helper].hidden = True
            sheet.cell(row=4, column=width + 2, value="校验")
            sheet.cell(row=first_data, column=width + 2, value=Decimal(1))
            sheet.column_dimensions[get_column_letter(width + 2)].hidden = True
    if extras and notice.name == "jxzf-2022-125":
        hidden = book.create_sheet("说明")
        hidden["A1"] = "内部使用"
        hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    write_zip(path, patch_cached_values(buffer.getvalue(), {} if no_values else cached, book,
                                        full_calc=full_calc or no_values, always_calc=flagged))


def patch_cached_values(data: bytes, cached: Dict[Tuple[str, str], str], book, *, full_calc: bool = False,
                        always_calc: Optional[set] = None) -> bytes:
    """openpyxl writes formulas without results and asks for a full calculation on load
    (fullCalcOnLoad="1"); Excel stores each result in <v> and its calcPr asks for none: put the
    results in and, when there are any, Excel's calcPr (unless `full_calc`); formulas left without
    a result lose their empty <v>; the cells in `always_calc` get <f ca="1">."""
    names = {f"xl/worksheets/sheet{i + 1}.xml": ws.title for i, ws in enumerate(book.worksheets)}
    members: Dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        for info in source.infolist():
            content = source.read(info.filename)
            title = names.get(info.filename)
            if title:
                text = content.decode("utf-8")

                def fill(match: re.Match) -> str:
                    value = cached.get((title, match.group(1)))
                    text = match.group(0)
                    if (title, match.group(1)) in (always_calc or set()):
                        text = text.replace("<f>", '<f ca="1">')
                    return re.sub(r"<v(?:></v>| />)", "" if value is None else f"<v>{value}</v>", text)

                text = re.sub(r'<c r="([A-Z]+[0-9]+)"[^>]*><f>[^<]*</f><v(?:></v>| />)', fill, text)
                content = text.encode("utf-8")
            elif info.filename == "xl/workbook.xml" and cached and not full_calc:
                content = content.replace(b'<calcPr calcId="124519" fullCalcOnLoad="1"/>', b'<calcPr calcId="191029"/>')
            members[info.filename] = content
    return zip_bytes(members)


def zip_bytes(members: Dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        order = sorted(members, key=lambda name: (name != "[Content_Types].xml", name))
        for name in order:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, members[name])
    return buffer.getvalue()


def write_zip(path: Path, data: bytes) -> None:
    """Rewrites a package with fixed timestamps so the bytes do not change from run to run."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = {info.filename: source.read(info.filename) for info in source.infolist()}
    if "docProps/core.xml" in members:
        members["docProps/core.xml"] = re.sub(
            rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>",
            rb"<dcterms:\1\2>2024-01-01T00:00:00Z</dcterms:\1>", members["docProps/core.xml"])
    path.write_bytes(zip_bytes(members))


# --- fiscal families as workbooks -----------------------------------------------------------

# Fiscal families (Scripts/fiscalgen) written as workbooks whose hierarchy is only the labels'
# indentation: the truth files of Fixtures/fiscal hold for them as for their PDF and HTML twins.
FISCAL_INDENT = ["fiscal-indent-only", "fiscal-html-indent-misprint"]


def write_fiscal_xlsx(name: str, path: Path) -> None:
    """A fiscal family as a workbook, one sheet per table: title and unit rows merged over the
    header (merged as the family prints it), amounts as numbers in the table's format (dashes as
    text), and every label indented by its cell style alone (`<alignment indent="N"/>`, N = the
    label's level), never by spaces, as Excel's Increase Indent button does."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    from fiscalgen import layout
    from fiscalgen import specs as fiscal_specs
    from fiscalgen.render import header_cells

    fixture = fiscal_specs.FIXTURES[name]()
    book = Workbook()
    book.remove(book.active)
    for index, table in enumerate(fixture.tables):
        grid = layout.grid(layout.lay(table), fixture.ruling, fixture.org, fixture.note)
        sheet = book.create_sheet(f"表{index + 1}")
        last = get_column_letter(len(grid.cols))
        sheet["A1"] = grid.title
        sheet.merge_cells(f"A1:{last}1")
        sheet["A2"] = f"单位：{grid.unit}"
        sheet.merge_cells(f"A2:{last}2")
        depth = max(len(col.path) for col in grid.cols)
        for first, final, top, bottom, text in header_cells(grid.cols):
            sheet.cell(row=3 + top, column=first + 1, value=text)
            if final > first or bottom > top:
                sheet.merge_cells(start_row=3 + top, start_column=first + 1, end_row=3 + bottom,
                                  end_column=final + 1)
        places = table.decimals
        number_format = ("#,##0" if table.grouped else "0") + ("." + "0" * places if places else "")
        for offset, row in enumerate(grid.rows):
            excel_row = 3 + depth + offset
            for column, text in enumerate(row.cells):
                if not text:
                    continue
                cell = sheet.cell(row=excel_row, column=column + 1)
                amount = layout.canonical(text)
                if grid.cols[column].align == "right" and amount and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", amount):
                    cell.value = Decimal(amount)
                    cell.number_format = number_format
                else:
                    cell.value = text
                if column in row.indents:
                    cell.alignment = Alignment(horizontal="left", indent=int(round(row.indents[column])))
    buffer = io.BytesIO()
    book.save(buffer)
    write_zip(path, buffer.getvalue())


# --- a notice and its table as a separate workbook ---------------------------------------------

# The notice whose body states the allocation's total (共计…万元) and whose table is published as
# a separate workbook named after its doc number, once agreeing and once disagreeing with the
# table; beside each folder, the same notice with the table printed inside it.
PAIR_BASE = "shanxi-divisions-aliases"
PAIRS = {"pair-total-agrees": Decimal(0), "pair-total-differs": Decimal(100)}


def write_pairs() -> None:
    """Fixtures/office/NAME/通知.pdf (the notice without its table), NAME/<doc number>附件.xlsx (the
    table) and NAME.pdf (the notice with the table inside), for each pair: the body's first
    paragraph states the total the table prints, plus the pair's offset."""
    import shutil
    import tempfile
    from dataclasses import replace

    from fixturegen.model import Paragraph
    from fixturegen.render import render

    base = specs.FIXTURES[PAIR_BASE]()
    table = base.tables[0]
    totals = [r.values["central"] for r in table.rows if r.level == "total"]
    assert len(totals) == 1, "the pair's table has one grand total"
    for name, offset in PAIRS.items():
        stated = totals[0] + offset
        first = Paragraph(f"现将2017年中央财政专项扶贫资金下达你们，共计{stated}万元（详见附件），请按照资金"
                          "管理办法有关要求，及时分解下达到具体项目，并在规定时限内将项目计划报送备案。")
        notice = replace(base, name=name, body=[first] + base.body[1:])
        folder = OUT / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        # reportlab writes the same bytes for the same input (invariant=1)
        render(notice, str(OUT / f"{name}.pdf"))
        render(replace(notice, tables=[]), str(folder / "通知.pdf"))
        with tempfile.TemporaryDirectory() as scratch:
            workbook = Path(scratch) / "attachment.xlsx"
            write_xlsx(notice, workbook, extras=False)
            shutil.copyfile(workbook, folder / f"{notice.doc_number}附件.xlsx")


# --- xls -------------------------------------------------------------------------------------

class CachedFormula:
    """A formula for xlwt with the result Excel would have stored (xlwt writes none) and the
    FORMULA record's option flags (0x0001 fAlwaysCalc)."""

    def __init__(self, text: str, cached: Decimal, flags: int = 0):
        import xlwt

        class Carrier(xlwt.Formula):  # xlwt.Formula has __slots__; a subclass can carry more
            pass

        self.formula = Carrier(text)
        self.formula.cached = float(cached)
        self.formula.flags = flags


RECALC_ID = 0x01C1  # RECALCID: the workbook was last calculated by this build of Excel
EXCEL_BUILD = 152489


def xlwt_with_results():
    """xlwt, with FORMULA records that carry their cached result and flags, and a workbook class
    that can write a RECALCID record among the globals (before the shared strings, after COUNTRY,
    so xlwt's own sheet offsets count it)."""
    import struct

    import xlwt
    from xlwt import Cell

    if not getattr(Cell.FormulaCell, "allot_patched", False):
        plain = Cell.FormulaCell.get_biff_data

        def get_biff_data(self):
            cached = getattr(self.frmla, "cached", None)
            if cached is None:
                return plain(self)
            body = struct.pack("<3HdHL", self.rowx, self.colx, self.xf_idx, cached,
                               getattr(self.frmla, "flags", 0), 0) + self.frmla.rpn()
            return struct.pack("<2H", 0x0006, len(body)) + body

        Cell.FormulaCell.get_biff_data = get_biff_data
        Cell.FormulaCell.allot_patched = True

    class Book(xlwt.Workbook):
        recalculated = False

        def _Workbook__country_rec(self):
            country = xlwt.Workbook._Workbook__country_rec(self)
            if not self.recalculated:
                return country
            return country + struct.pack("<2H2HL", RECALC_ID, 8, RECALC_ID, 0, EXCEL_BUILD)

    return xlwt, Book


def write_xls(notice: Notice, path: Path, *, extras: bool = True, wrong_cache: bool = False,
              recalculated: bool = True, always_calc: bool = False) -> None:
    """The xlsx's sheets as BIFF8; on the 125号 workbook (`extras`) its formulas with their cached
    values, the hidden row, column and sheet, and a RECALCID record unless `recalculated` is off;
    `always_calc` flags 太原市小计's formula fAlwaysCalc."""
    xlwt, Book = xlwt_with_results()
    book = Book(encoding="utf-8")
    workbook_extras = extras and notice.name == "jxzf-2022-125"
    book.recalculated = workbook_extras and recalculated
    for t_index, table in enumerate(notice.tables):
        sheet = book.add_sheet(f"表{t_index + 1}")
        width = len(table.columns)
        sheet.write(0, 0, table.label)
        sheet.write_merge(1, 1, 0, width - 1, table.title)
        sheet.write_merge(2, 2, 0, width - 1, table.unit)
        top, _ = header_rows(table)
        two_level = any(c.group for c in table.columns)
        for text, first, span in top:
            if span > 1:
                sheet.write_merge(3, 3, first, first + span - 1, text)
            elif two_level:
                sheet.write_merge(3, 4, first, first, text)
            else:
                sheet.write(3, first, text)
        if two_level:
            for index, column in enumerate(table.columns):
                if column.group:
                    sheet.write(4, index, column.header)
        first_data = 5 if two_level else 4
        places = decimals(table)
        fmt = "0." + "0" * places if places else "0"
        if extras and notice.name.startswith("distributed"):
            fmt = "#,##0"  # the xlsx's display format hiding decimals, per cell (a FORMAT record and its XF)
        style = xlwt.easyxf(num_format_str=fmt)
        for r_index, row in enumerate(table.rows):
            for c_index in range(width):
                value = cell_value(row, table, c_index)
                if value is None:
                    continue
                if isinstance(value, Decimal):
                    # BIFF stores doubles; the reader turns the shortest round-trip text back into Decimal
                    parts = sum_rows(table, r_index) if workbook_extras else None
                    if parts:
                        letter = chr(ord("A") + c_index)
                        rows = [first_data + 1 + p for p in parts]
                        contiguous = parts == list(range(parts[0], parts[-1] + 1))
                        text = (f"SUM({letter}{rows[0]}:{letter}{rows[-1]})" if contiguous
                                else "SUM(" + ",".join(f"{letter}{n}" for n in rows) + ")")
                        stale = wrong_cache and row.name == "太原市小计"
                        formula = CachedFormula(text, Decimal(10645) if stale else value,
                                                flags=1 if stale and always_calc else 0)
                        sheet.write(first_data + r_index, c_index, formula.formula, style)
                    else:
                        sheet.write(first_data + r_index, c_index, float(value), style)
                else:
                    sheet.write(first_data + r_index, c_index, value)
        if workbook_extras:
            # the xlsx's hidden helper row (zero, outside every formula) and hidden helper column
            helper = first_data + len(table.rows) + 1
            sheet.write(helper, 0, "备用")
            sheet.write(helper, 1, 0.0)
            sheet.row(helper).hidden = True
            sheet.write(3, width + 1, "校验")
            sheet.write(first_data, width + 1, 1.0)
            sheet.col(width + 1).hidden = True
    if workbook_extras:
        hidden = book.add_sheet("说明")
        hidden.write(0, 0, "内部使用")
        hidden.visibility = 1
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())


# --- docx ------------------------------------------------------------------------------------

def write_docx(notice: Notice, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    document.core_properties.title = notice.title
    document.core_properties.author = notice.signature

    def paragraph(text: str, align=None) -> None:
        p = document.add_paragraph(text)
        if align is not None:
            p.alignment = align

    paragraph(notice.issuer_mark, WD_ALIGN_PARAGRAPH.CENTER)
    paragraph(notice.doc_number, WD_ALIGN_PARAGRAPH.CENTER)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(notice.title_lines):
        run = title.add_run(line)
        if i + 1 < len(notice.title_lines):
            run.add_break()
    paragraph(notice.addressee)
    for p in notice.body:
        paragraph("\u3000\u3000" + p.text)
    if notice.attachments:
        if len(notice.attachments) == 1:
            paragraph("\u3000\u3000附件：" + notice.attachments[0])
        else:
            for i, title_text in enumerate(notice.attachments):
                paragraph(("\u3000\u3000附件：" if i == 0 else "\u3000\u3000\u3000\u3000\u3000") + f"{i + 1}．{title_text}")
    paragraph(notice.signature, WD_ALIGN_PARAGRAPH.RIGHT)
    paragraph(notice.date, WD_ALIGN_PARAGRAPH.RIGHT)
    if notice.publish_note:
        paragraph("\u3000\u3000" + notice.publish_note)
    for table in notice.tables:
        document.add_page_break()
        paragraph(table.label)
        paragraph(table.title, WD_ALIGN_PARAGRAPH.CENTER)
        paragraph(table.unit, WD_ALIGN_PARAGRAPH.RIGHT)
        top, _ = header_rows(table)
        two_level = any(c.group for c in table.columns)
        head = 2 if two_level else 1
        grid = document.add_table(rows=head + len(table.rows), cols=len(table.columns))
        grid.style = "Table Grid"
        for text, first, span in top:
            cell = grid.cell(0, first)
            if span > 1:
                cell = cell.merge(grid.cell(0, first + span - 1))
            elif two_level:
                cell = cell.merge(grid.cell(1, first))
            cell.text = text
        if two_level:
            for index, column in enumerate(table.columns):
                if column.group:
                    grid.cell(1, index).text = column.header
        places_fmt = decimals(table)
        for r_index, row in enumerate(table.rows):
            for c_index in range(len(table.columns)):
                value = cell_value(row, table, c_index)
                if value is None:
                    continue
                text = value if isinstance(value, str) else (format(value, ",") if places_fmt else str(value))
                grid.cell(head + r_index, c_index).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    write_zip(path, buffer.getvalue())


# --- OFD -------------------------------------------------------------------------------------

MM = 25.4 / 72


def ofd_pages(pdf: Path) -> List[Tuple[float, float, List[dict]]]:
    import pdfplumber

    pages = []
    with pdfplumber.open(str(pdf)) as document:
        for page in document.pages:
            pages.append((float(page.width), float(page.height), list(page.chars)))
    return pages


def runs(chars: List[dict]) -> List[List[dict]]:
    """Characters in drawing order, cut into runs that share a baseline and size and advance."""
    out: List[List[dict]] = []
    for char in chars:
        if out:
            last = out[-1][-1]
            same_line = abs(char["bottom"] - last["bottom"]) < 0.01 and abs(char["size"] - last["size"]) < 0.01
            if same_line and char["x0"] >= last["x0"]:
                out[-1].append(char)
                continue
        out.append([char])
    return out


def fmt(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def path_objects(rules: List[Tuple[str, float, float, float]], first_id: int, pieces: bool) -> List[str]:
    """Ruling lines (axis, position, start, end in points from the top-left) as OFD PathObjects,
    one a line, or (`pieces`) one a piece between the lines crossing it, as producers that draw
    every cell's border write them."""
    out: List[str] = []
    width = 0.6 * MM
    for axis, position, start, end in rules:
        cuts = [start, end]
        if pieces:
            across = [(p, a, b) for x, p, a, b in rules if x != axis]
            cuts = sorted({start, end} | {p for p, a, b in across if start < p < end and a - 0.5 <= position <= b + 0.5})
        for a, b in zip(cuts, cuts[1:]):
            length = (b - a) * MM
            if axis == "horizontal":
                box = f"{fmt(a * MM)} {fmt(position * MM - width)} {fmt(length)} {fmt(2 * width)}"
                data = f"M 0 {fmt(width)} L {fmt(length)} {fmt(width)}"
            else:
                box = f"{fmt(position * MM - width)} {fmt(a * MM)} {fmt(2 * width)} {fmt(length)}"
                data = f"M {fmt(width)} 0 L {fmt(width)} {fmt(length)}"
            out.append(f'<ofd:PathObject ID="{first_id + len(out)}" Boundary="{box}" LineWidth="{fmt(width)}">'
                       f"<ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>")
    return out


def write_ofd(notice: Notice, pdf: Path, path: Path, *, ctm: bool,
              rules: Optional[Dict[int, List[Tuple[str, float, float, float]]]] = None, pieces: bool = False) -> None:
    """`rules`: the ruling lines drawn on each page (1-based), written as PathObjects before the text."""
    members: Dict[str, bytes] = {}
    pages = ofd_pages(pdf)
    width, height = pages[0][0] * MM, pages[0][1] * MM
    members["OFD.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">'
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>" + notice.name + "</ofd:DocID>"
        f"<ofd:Title>{notice.title}</ofd:Title><ofd:Author>{notice.signature}</ofd:Author>"
        "<ofd:CreationDate>2024-01-01</ofd:CreationDate></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>\n").encode("utf-8")
    page_refs = "".join(f'<ofd:Page ID="{i + 2}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    members["Doc_0/Document.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData>'
        f"<ofd:MaxUnitID>999999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {fmt(width)} {fmt(height)}"
        "</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>\n").encode("utf-8")
    members["Doc_0/PublicRes.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="1" FontName="SimSun" FamilyName="SimSun"/></ofd:Fonts></ofd:Res>\n').encode("utf-8")
    next_id = 1000
    for index, (_, page_height, chars) in enumerate(pages):
        objects: List[str] = path_objects((rules or {}).get(index + 1, []), 500_000, pieces)
        for run in runs(chars):
            size = run[0]["size"] * MM
            baseline = (run[0]["bottom"] - run[0]["size"] * 0.12) * MM  # pdfplumber bottom → baseline
            left = run[0]["x0"] * MM
            right = max(c["x1"] for c in run) * MM
            deltas = [(b["x0"] - a["x0"]) * MM for a, b in zip(run, run[1:])]
            text = "".join(c["text"] for c in run)
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            top = baseline - size
            boundary = f"{fmt(left)} {fmt(top)} {fmt(right - left + size)} {fmt(size * 1.4)}"
            if ctm:
                scale = size
                delta_text = " ".join(fmt(d / scale) for d in deltas)
                objects.append(
                    f'<ofd:TextObject ID="{next_id}" Boundary="{boundary}" Font="1" Size="1" '
                    f'CTM="{fmt(scale)} 0 0 {fmt(scale)} 0 0">'
                    f'<ofd:TextCode X="0" Y="{fmt(1)}"'
                    + (f' DeltaX="{delta_text}"' if deltas else "") + f">{text}</ofd:TextCode></ofd:TextObject>")
            else:
                delta_text = compress(deltas)
                objects.append(
                    f'<ofd:TextObject ID="{next_id}" Boundary="{boundary}" Font="1" Size="{fmt(size)}">'
                    f'<ofd:TextCode X="0" Y="{fmt(size)}"'
                    + (f' DeltaX="{delta_text}"' if deltas else "") + f">{text}</ofd:TextCode></ofd:TextObject>")
            next_id += 1
        members[f"Doc_0/Pages/Page_{index}/Content.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="'
            + str(index + 10) + '">' + "".join(objects) + "</ofd:Layer></ofd:Content></ofd:Page>\n").encode("utf-8")
    path.write_bytes(zip_bytes(members))


def compress(deltas: List[float]) -> str:
    """DeltaX with runs of equal advances written as "g N v", as OFD producers do."""
    parts: List[str] = []
    index = 0
    while index < len(deltas):
        value = fmt(deltas[index])
        count = 1
        while index + count < len(deltas) and fmt(deltas[index + count]) == value:
            count += 1
        parts.append(f"g {count} {value}" if count > 2 else " ".join([value] * count))
        index += count
    return " ".join(parts)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name in FAMILIES:
        notice = specs.FIXTURES[name]()
        write_xlsx(notice, OUT / f"{name}.xlsx", extras=True)
        write_xls(notice, OUT / f"{name}.xls")
        write_docx(notice, OUT / f"{name}.docx")
        write_ofd(notice, PDFS / f"{name}.pdf", OUT / f"{name}.ofd", ctm=name.startswith("gansu"))
        print("wrote", name)
    notice = specs.FIXTURES["jxzf-2022-125"]()
    write_xlsx(notice, OUT / "jxzf-2022-125-formula-cache.xlsx", extras=True, wrong_cache=True)
    write_xls(notice, OUT / "jxzf-2022-125-formula-cache.xls", wrong_cache=True)
    write_xls(notice, OUT / "jxzf-2022-125-formula-uncomputed.xls", wrong_cache=True, recalculated=False)
    write_xls(notice, OUT / "jxzf-2022-125-formula-always-calc.xls", wrong_cache=True, always_calc=True)
    write_xlsx(notice, OUT / "jxzf-2022-125-formula-uncomputed.xlsx", extras=True, wrong_cache=True, full_calc=True)
    write_xlsx(notice, OUT / "jxzf-2022-125-formula-always-calc.xlsx", extras=True, wrong_cache=True, always_calc=True)
    write_xlsx(notice, OUT / "jxzf-2022-125-formula-novalue.xlsx", extras=True, no_values=True)
    print("wrote jxzf-2022-125-formula-cache.xlsx and .xls, -formula-uncomputed.xls and .xlsx, "
          "-formula-always-calc.xls and .xlsx, -formula-novalue.xlsx")
    for name in FISCAL_INDENT:
        write_fiscal_xlsx(name, OUT / f"{name}.xlsx")
        print("wrote", f"{name}.xlsx")
    write_pairs()
    print("wrote", ", ".join(PAIRS))


if __name__ == "__main__":
    main()
