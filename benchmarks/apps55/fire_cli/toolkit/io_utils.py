"""Dataset reading and writing helpers (jsonl / csv)."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def iter_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path) as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def write_jsonl(path: str | Path, rows: Iterable[dict[str, Any]]) -> int:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def read_csv(path: str | Path) -> list[dict[str, str]]:
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def load_prompt_file(path: str | Path) -> dict[str, Any]:
    """A prompt file is YAML with ``system``, ``template`` and ``cases``."""
    with open(path) as fh:
        spec = yaml.safe_load(fh)
    spec.setdefault("system", "")
    spec.setdefault("cases", [])
    if "cases_file" in spec:
        spec["cases"].extend(read_jsonl(Path(path).parent / spec["cases_file"]))
    return spec


def render(template: str, variables: dict[str, Any]) -> str:
    try:
        return template.format(**variables)
    except KeyError as exc:
        raise ValueError(f"template variable {exc} missing in case {variables}") from exc


def read_any(path: str | Path) -> list[dict[str, Any]]:
    """Read jsonl, json (list of objects) or csv based on the extension."""
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        return read_jsonl(path)
    if suffix == ".json":
        with open(path) as fh:
            data = json.load(fh)
        if isinstance(data, dict) and "rows" in data:
            data = data["rows"]
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a list of objects")
        return data
    if suffix in {".csv", ".tsv"}:
        if suffix == ".tsv":
            with open(path, newline="") as fh:
                return list(csv.DictReader(fh, delimiter="\t"))
        return read_csv(path)
    raise ValueError(f"unsupported file type: {suffix}")
