"""Query history, stored in a small JSON file.

Used for the "recent questions" list that shows when the keyword is typed with
no argument, and by embeddings.py for semantic lookup.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import List, Optional

HISTORY_PATH = Path.home() / ".cache" / "ulauncher-ai" / "history.json"
MAX_ENTRIES = 200


@dataclass
class HistoryEntry:
    question: str
    answer: str
    provider: str
    ts: float = field(default_factory=time.time)
    embedding: Optional[List[float]] = None

    @classmethod
    def create(cls, question: str, answer: str, provider: str) -> "HistoryEntry":
        return cls(question=question.strip(), answer=answer.strip(), provider=provider)


class History:
    def __init__(self, path: Path = HISTORY_PATH):
        self.path = path
        self._lock = threading.Lock()
        self._entries: List[HistoryEntry] = []
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            raw = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return
        self._entries = [HistoryEntry(**item) for item in raw]

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps([asdict(e) for e in self._entries]))
        tmp.replace(self.path)

    def create(self, question: str, answer: str, provider: str) -> HistoryEntry:
        entry = HistoryEntry.create(question, answer, provider)
        with self._lock:
            self._entries.insert(0, entry)
            del self._entries[MAX_ENTRIES:]
            self._save()
        return entry

    def recent(self, limit: int = 8) -> List[HistoryEntry]:
        with self._lock:
            return list(self._entries[:limit])

    def all(self) -> List[HistoryEntry]:
        with self._lock:
            return list(self._entries)

    def update_embedding(self, entry: HistoryEntry, vector: List[float]) -> None:
        with self._lock:
            entry.embedding = vector
            self._save()

    def clear(self) -> None:
        with self._lock:
            self._entries = []
            self._save()
