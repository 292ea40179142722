"""Dataset loading: local JSONL files and Hugging Face datasets."""
from __future__ import annotations

import json
import logging
import random
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import requests

from evalkit.errors import ConfigError
from evalkit.schemas import TestCase

logger = logging.getLogger(__name__)

HF_DATASETS_SERVER = "https://datasets-server.huggingface.co"

# column names seen across the datasets we use, mapped to TestCase fields
_FIELD_ALIASES = {
    "prompt": ("prompt", "question", "input", "query", "instruction"),
    "reference": ("reference", "answer", "output", "expected", "target"),
    "system_prompt": ("system_prompt", "system"),
    "context": ("context", "contexts", "passages", "documents"),
}


def _pick(row: Dict[str, Any], field: str) -> Any:
    for key in _FIELD_ALIASES[field]:
        if key in row and row[key] not in (None, ""):
            return row[key]
    return None


def row_to_case(row: Dict[str, Any], index: int, id_field: Optional[str] = None) -> TestCase:
    prompt = _pick(row, "prompt")
    if prompt is None:
        raise ConfigError(f"row {index} has no prompt-like column: {sorted(row)}")
    context = _pick(row, "context") or []
    if isinstance(context, str):
        context = [context]
    return TestCase(
        id=str(row.get(id_field or "id", index)),
        prompt=str(prompt),
        system_prompt=_pick(row, "system_prompt"),
        reference=_pick(row, "reference"),
        context=list(context),
        tags=list(row.get("tags", [])),
        metadata={k: v for k, v in row.items() if k in ("regex", "category", "difficulty")},
    )


def iter_jsonl(path: Path) -> Iterator[Dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{path}:{lineno}: {exc}") from exc


def load_jsonl(path: str, id_field: Optional[str] = None) -> List[TestCase]:
    p = Path(path)
    if not p.exists():
        raise ConfigError(f"dataset file not found: {p}")
    return [row_to_case(row, i, id_field) for i, row in enumerate(iter_jsonl(p))]


def load_hf(name: str, split: str = "test", subset: Optional[str] = None,
            id_field: Optional[str] = None, revision: Optional[str] = None) -> List[TestCase]:
    from datasets import load_dataset  # heavy import, only when needed

    ds = load_dataset(name, subset, split=split, revision=revision)
    return [row_to_case(dict(row), i, id_field) for i, row in enumerate(ds)]


def hf_preview(name: str, split: str = "test", subset: str = "default", length: int = 5) -> List[Dict[str, Any]]:
    """A few rows without downloading the dataset (used by `evalkit inspect`)."""
    resp = requests.get(
        f"{HF_DATASETS_SERVER}/rows",
        params={"dataset": name, "config": subset, "split": split, "offset": 0, "length": length},
        timeout=30,
    )
    resp.raise_for_status()
    return [r["row"] for r in resp.json().get("rows", [])]


def load_cases(dataset_cfg: Dict[str, Any]) -> List[TestCase]:
    kind = dataset_cfg.get("type", "jsonl")
    if kind == "jsonl":
        cases = load_jsonl(dataset_cfg["path"], dataset_cfg.get("id_field"))
    elif kind == "hf":
        cases = load_hf(
            dataset_cfg["name"],
            split=dataset_cfg.get("split", "test"),
            subset=dataset_cfg.get("subset"),
            id_field=dataset_cfg.get("id_field"),
            revision=dataset_cfg.get("revision"),
        )
    else:
        raise ConfigError(f"unknown dataset type {kind!r}")

    tags = set(dataset_cfg.get("tags", []))
    if tags:
        cases = [c for c in cases if tags.intersection(c.tags)]
    if dataset_cfg.get("shuffle"):
        random.Random(dataset_cfg.get("seed", 0)).shuffle(cases)
    limit = dataset_cfg.get("limit")
    if limit:
        cases = cases[: int(limit)]
    logger.info("loaded %d cases (%s)", len(cases), kind)
    return cases
