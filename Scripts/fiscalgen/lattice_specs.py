"""Fiscal fixtures for the lattice reader: ruled grids whose cells are vertically centred in tall
rows, as ONLYOFFICE and Word print final-account disclosures. A name column so narrow that most
names wrap onto two to four lines makes each row as tall as its longest name; every other cell
(codes, amounts) is centred in that height, so it stands between the name's lines, not beside
its first one. Only the rules tell which name an amount belongs to.

Registered by Scripts/make_fiscal_fixtures.py (``LATTICE_FIXTURES``).
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Callable, Dict

from .model import FiscalTable, Injection
from .specs import BASIC_PROJECT, BASIC_PROJECT_ID, Fixture, functional_tree


def centred_wrapped_grid() -> Fixture:
    rng = random.Random(1311)
    t = FiscalTable("t1", "2024年度一般公共预算财政拨款支出决算表", "万元", BASIC_PROJECT,
                    functional_tree(rng, "万元", ["201", "208", "210", "212", "221"], lo=0, hi=400_000),
                    BASIC_PROJECT_ID, code_style="split", code_header=("支出功能分类科目编码",),
                    label_header=("科目名称",), label_width=46.0,
                    injections=[Injection("机关事业单位职业年金缴费支出", "basic", Decimal("1.00"))])
    return Fixture("fiscal-lattice-centred-wrapped", [
        "ruled grid, every cell vertically centred in its row",
        "name column so narrow that names wrap onto 2-4 lines (amounts stand between the lines)",
        "split 类|款|项 code columns under 支出功能分类科目编码", "万元 with grouping", "blank cells",
        "continues over 2 pages, header repeated",
        "injected: 机关事业单位职业年金缴费支出's 基本支出 (its identity and its parent's sum fail)"], [t])


LATTICE_FIXTURES: Dict[str, Callable[[], Fixture]] = {f().name: f for f in (centred_wrapped_grid,)}
