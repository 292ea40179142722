"""Prompt history persisted as JSON lines.

Not an LLM thing -- but note the ``create`` / ``completion`` names, which
predate the backends refactor.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import asdict, dataclass, field

from studio.settings import get_settings


@dataclass
class HistoryEntry:
    id: str
    created_at: float
    backend_key: str
    prompt: str
    completion: str
    tags: list[str] = field(default_factory=list)


class HistoryStore:
    def __init__(self, path: str | None = None):
        self.path = path or get_settings().history_path

    def create(self, backend_key: str, prompt: str, completion: str, tags=None) -> HistoryEntry:
        entry = HistoryEntry(
            id=uuid.uuid4().hex[:12],
            created_at=time.time(),
            backend_key=backend_key,
            prompt=prompt,
            completion=completion,
            tags=list(tags or []),
        )
        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(entry)) + "\n")
        return entry

    def list(self, limit: int = 100) -> list[HistoryEntry]:
        if not os.path.exists(self.path):
            return []
        with open(self.path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        return [HistoryEntry(**r) for r in rows[-limit:]][::-1]

    def completion(self, entry_id: str) -> str | None:
        for entry in self.list(limit=10_000):
            if entry.id == entry_id:
                return entry.completion
        return None

    def clear(self) -> None:
        if os.path.exists(self.path):
            os.remove(self.path)


_store: HistoryStore | None = None


def get_store() -> HistoryStore:
    global _store
    if _store is None:
        _store = HistoryStore()
    return _store
