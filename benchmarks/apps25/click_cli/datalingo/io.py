"""Reading and writing the CSV / JSONL datasets the team works with."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

Record = dict[str, Any]


def detect_format(path: Path | str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix in {".csv", ".tsv"}:
        return "csv"
    raise ValueError(f"don't know how to read {path} (expected .csv/.tsv/.jsonl)")


def read_records(path: Path | str, limit: int | None = None) -> Iterator[Record]:
    fmt = detect_format(path)
    with open(path, newline="", encoding="utf-8") as fh:
        if fmt == "jsonl":
            rows: Iterable[Record] = (json.loads(line) for line in fh if line.strip())
        else:
            delimiter = "\t" if str(path).endswith(".tsv") else ","
            rows = csv.DictReader(fh, delimiter=delimiter)
        for i, row in enumerate(rows):
            if limit is not None and i >= limit:
                break
            yield dict(row)


def load_records(path: Path | str, limit: int | None = None) -> list[Record]:
    return list(read_records(path, limit=limit))


class RecordWriter:
    """Writes records to csv or jsonl, or to stdout when no path is given."""

    def __init__(self, path: Path | str | None, fmt: str | None = None):
        self.path = Path(path) if path else None
        self.fmt = fmt or (detect_format(self.path) if self.path else "jsonl")
        self._fh: TextIO | None = None
        self._csv: csv.DictWriter | None = None
        self.count = 0

    def __enter__(self) -> "RecordWriter":
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("w", newline="", encoding="utf-8")
        else:
            self._fh = sys.stdout
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None and self._fh is not sys.stdout:
            self._fh.close()

    def write(self, record: Record) -> None:
        assert self._fh is not None, "use RecordWriter as a context manager"
        if self.fmt == "jsonl":
            self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            if self._csv is None:
                self._csv = csv.DictWriter(self._fh, fieldnames=list(record))
                self._csv.writeheader()
            self._csv.writerow(record)
        self.count += 1

    def write_all(self, records: Iterable[Record]) -> int:
        for r in records:
            self.write(r)
        return self.count


def get_field(record: Record, dotted: str) -> Any:
    """``get_field(rec, "meta.title")`` -> rec["meta"]["title"]"""
    value: Any = record
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value
