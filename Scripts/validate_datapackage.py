#!/usr/bin/env python3
"""Validate a dataset folder written by allot against its datapackage.json.

Usage: validate_datapackage.py DIR

Runs the frictionless validator (frictionless 5.x, see requirements-validate.txt) on DIR/datapackage.json:
the descriptor against the Data Package and Table Schema profiles, every CSV against its schema (types,
constraints, primary keys) and the foreign keys between resources. Prints one line per error and exits 1
when there is any, 2 on a usage error, 0 when the package is valid.
"""
import os
import sys

from frictionless import validate


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    descriptor = os.path.join(argv[1], "datapackage.json")
    if not os.path.isfile(descriptor):
        print(f"{descriptor}: no such file", file=sys.stderr)
        return 2
    report = validate(descriptor)
    errors = list(report.errors)
    for task in report.tasks:
        errors += [(task.name, error) for error in task.errors]
    errors = [("package", error) if not isinstance(error, tuple) else error for error in errors]
    for resource, error in errors:
        where = [resource]
        for attribute in ("row_number", "field_name"):
            value = getattr(error, attribute, None)
            if value is not None:
                where.append(f"{attribute.split('_')[0]} {value}")
        print(f"{descriptor}: {', '.join(where)}: [{error.type}] {error.message}")
    if errors or not report.valid:
        print(f"{descriptor}: invalid ({len(errors)} errors)")
        return 1
    rows = sum(task.stats.get("rows", 0) or 0 for task in report.tasks)
    print(f"{descriptor}: valid ({len(report.tasks)} resources, {rows} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
