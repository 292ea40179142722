"""Tiny disk cache for expensive LLM answers keyed by prompt hash."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

_CACHE_DIR = Path(".cache/lab")


def _key(*parts: Any) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(json.dumps(p, sort_keys=True, default=str).encode())
    return h.hexdigest()[:24]


def get(*parts: Any) -> str | None:
    f = _CACHE_DIR / f"{_key(*parts)}.txt"
    return f.read_text() if f.exists() else None


def put(value: str, *parts: Any) -> None:
    _CACHE_DIR.mkdir(parents=True, exist_ok=True)
    (_CACHE_DIR / f"{_key(*parts)}.txt").write_text(value)


def clear() -> int:
    n = 0
    for f in _CACHE_DIR.glob("*.txt"):
        f.unlink()
        n += 1
    return n
