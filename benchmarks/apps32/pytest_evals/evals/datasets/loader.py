"""Dataset loading.  Datasets are JSONL files under evals/data/ (git-lfs)."""
from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any, Dict, List, Optional

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class DatasetNotFound(FileNotFoundError):
    pass


def _path_for(name: str) -> Path:
    path = DATA_DIR / f"{name}.jsonl"
    if not path.exists():
        raise DatasetNotFound(path)
    return path


def load_dataset(
    name: str, limit: Optional[int] = None, seed: int = 1234, shuffle: bool = True
) -> List[Dict[str, Any]]:
    try:
        rows = [json.loads(line) for line in _path_for(name).read_text().splitlines() if line]
    except DatasetNotFound:
        return []
    if shuffle:
        random.Random(seed).shuffle(rows)
    return rows[:limit] if limit else rows


def dataset_fingerprint(name: str) -> str:
    return hashlib.sha256(_path_for(name).read_bytes()).hexdigest()[:16]


def write_dataset(name: str, rows: List[Dict[str, Any]]) -> Path:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def split_dataset(
    rows: List[Dict[str, Any]], holdout: float = 0.2, seed: int = 99
) -> tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """Deterministic dev/holdout split; holdout rows are never used for prompt tuning."""
    rng = random.Random(seed)
    dev, hold = [], []
    for row in rows:
        (hold if rng.random() < holdout else dev).append(row)
    return dev, hold


def validate_rows(rows: List[Dict[str, Any]], required: tuple[str, ...]) -> List[str]:
    problems = []
    for i, row in enumerate(rows):
        missing = [k for k in required if k not in row]
        if missing:
            problems.append(f"row {i}: missing {', '.join(missing)}")
        for k in required:
            if k in row and isinstance(row[k], str) and not row[k].strip():
                problems.append(f"row {i}: empty {k}")
    return problems


class DatasetRegistry:
    """Name -> loader mapping; lets conftest register derived datasets."""

    def __init__(self) -> None:
        self._loaders: Dict[str, Any] = {}

    def register(self, name: str, loader=None):
        def deco(fn):
            self._loaders[name] = fn
            return fn

        return deco(loader) if loader else deco

    def create(self, name: str, **kwargs) -> List[Dict[str, Any]]:
        if name in self._loaders:
            return self._loaders[name](**kwargs)
        return load_dataset(name, **kwargs)

    def names(self) -> List[str]:
        on_disk = [p.stem for p in DATA_DIR.glob("*.jsonl")] if DATA_DIR.exists() else []
        return sorted(set(on_disk) | set(self._loaders))


registry = DatasetRegistry()


@registry.register("qa_short")
def _qa_short(limit: Optional[int] = None, **_):
    rows = [r for r in load_dataset("qa_golden") if len(r.get("answer", "")) < 40]
    return rows[:limit] if limit else rows
