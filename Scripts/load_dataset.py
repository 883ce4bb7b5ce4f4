#!/usr/bin/env python3
"""Loading recipes for an allot dataset, with the types the data package declares.

    python3 Scripts/load_dataset.py DATASET_DIR      # loads it with pandas and with DuckDB, checks both

pandas: every column read as text first (codes keep their leading zeros, nothing becomes NaN), then
whole numbers as Int64 and amounts as decimal.Decimal (exact; never float64). DuckDB: amounts as
DECIMAL(38,6), whole numbers as BIGINT, every other column as VARCHAR (codes included). The types come
from the dataset's datapackage.json, so a column added to the schema needs no change here.
The test suite runs this file against a dataset it builds (Tests/AllotPipelineTests/UsingTheDataTests).
"""
import decimal
import json
import os
import sys


def schema(folder):
    """{table: {column: Table Schema type}} from datapackage.json."""
    with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    return {r["name"]: {fl["name"]: fl["type"] for fl in r["schema"]["fields"]} for r in package["resources"]}


def load_pandas(folder, table):
    """One table as a pandas DataFrame: text as str, integers as Int64, amounts as Decimal."""
    import pandas as pd

    types = schema(folder)[table]
    frame = pd.read_csv(os.path.join(folder, table + ".csv"), dtype=str, keep_default_na=False,
                        encoding="utf-8-sig")
    for column, kind in types.items():
        if kind == "integer":
            frame[column] = pd.to_numeric(frame[column].replace("", None)).astype("Int64")
        elif kind == "number":
            frame[column] = frame[column].map(lambda s: decimal.Decimal(s) if s else None)
    return frame


def load_duckdb(folder, connection=None):
    """Every table of the dataset as a DuckDB table of the same name, typed from the data package."""
    import duckdb

    sql_types = {"integer": "BIGINT", "number": "DECIMAL(38,6)"}
    connection = connection or duckdb.connect()
    for table, fields in schema(folder).items():
        columns = {name: sql_types.get(kind, "VARCHAR") for name, kind in fields.items()}
        path = os.path.join(folder, table + ".csv")
        connection.execute(
            f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM read_csv(?, header = true, columns = {columns!r})",
            [path])
    return connection


def main(folder):
    allocations = load_pandas(folder, "allocations")
    notices = load_pandas(folder, "notices")
    findings = load_pandas(folder, "findings")
    amounts = [a for a in allocations["amount"] if a is not None]
    assert all(isinstance(a, decimal.Decimal) for a in amounts), "amounts must be Decimal"
    assert str(allocations["table_no"].dtype) == "Int64"
    assert all(isinstance(c, str) for c in allocations["division_code"]), "codes must stay text"
    pandas_sum = sum(amounts, decimal.Decimal(0))

    con = load_duckdb(folder)
    types = dict(con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'allocations'").fetchall())
    assert types["amount"].startswith("DECIMAL"), types["amount"]
    assert types["division_code"] == "VARCHAR", types["division_code"]
    # Unquoted column names: none is an SQL keyword.
    duck_sum = con.execute("SELECT sum(amount) FROM allocations").fetchone()[0] or decimal.Decimal(0)
    assert duck_sum == pandas_sum, (duck_sum, pandas_sum)
    codes = con.execute("SELECT count(*) FROM allocations WHERE division_code LIKE '0%'").fetchone()[0]
    by_check = con.execute(
        "SELECT check_name, count(*) FROM findings GROUP BY check_name ORDER BY check_name").fetchall()
    print(f"notices {len(notices)}, cells {len(allocations)}, findings {len(findings)}, "
          f"amount sum {pandas_sum} (pandas Decimal) = {duck_sum} (DuckDB DECIMAL), codes starting with 0: {codes}")
    print("findings by check: " + ", ".join(f"{name} {count}" for name, count in by_check))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: load_dataset.py DATASET_DIR")
    main(sys.argv[1])
