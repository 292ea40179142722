"""On-disk response cache keyed by content hash."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional


@dataclass
class CacheEntry:
    key: str
    kind: str
    value: str
    model: str
    created: float

    @classmethod
    def create(cls, kind: str, key: str, value: str, model: str) -> "CacheEntry":
        return cls(key=key, kind=kind, value=value, model=model, created=time.time())


class ResponseCache:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key_for(*parts: str) -> str:
        h = hashlib.sha256()
        for part in parts:
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()[:32]

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / f"{key}.json"

    def get(self, kind: str, key: str) -> Optional[str]:
        path = self._path(kind, key)
        if not path.exists():
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(path.read_text("utf-8"))["value"]

    def set(self, kind: str, key: str, value: str, model: str = "") -> None:
        entry = CacheEntry.create(kind, key, value, model)
        path = self._path(kind, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(entry), ensure_ascii=False), "utf-8")

    def prune(self, max_age_days: int = 90) -> int:
        cutoff = time.time() - max_age_days * 86400
        removed = 0
        for path in self.root.rglob("*.json"):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        return removed
