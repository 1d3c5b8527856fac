#!/usr/bin/env python3
"""Reads every CSV file of an export with Python's csv module, independently of the Java code.

Prints, per file (sorted by name):
    FILE <name> bom=<0|1>
    H <header cells>
    R <row cells>          one line per data row
with each cell percent-encoded (urllib.parse.quote, nothing safe) and cells separated by tabs,
so the Java test can split and decode without a JSON library. A file that is not UTF-8, or a
row whose length differs from the header's, or a quoting error, ends the script with status 1.
"""
import csv
import io
import sys
from pathlib import Path
from urllib.parse import quote


def cells(row):
    return "\t".join(quote(c, safe="") for c in row)


def main(folder):
    for path in sorted(Path(folder).glob("*.csv")):
        raw = path.read_bytes()
        bom = raw.startswith(b"\xef\xbb\xbf")
        text = raw.decode("utf-8-sig")  # strict: raises on anything not UTF-8
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        if not rows:
            sys.exit(f"{path.name}: no header")
        header = rows[0]
        print(f"FILE {path.name} bom={int(bom)}")
        print("H " + cells(header))
        for n, row in enumerate(rows[1:], start=2):
            if len(row) != len(header):
                sys.exit(f"{path.name} record {n}: {len(row)} cells, header has {len(header)}")
            print("R " + cells(row))


if __name__ == "__main__":
    main(sys.argv[1])
