"""Session state: query history, LLM transcript, saved snippets."""
from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

SESSIONS_DIR = Path("~/.querysh/sessions").expanduser()


@dataclass
class HistoryEntry:
    kind: str  # "sql" | "llm" | "note"
    text: str
    ts: float = field(default_factory=time.time)
    meta: dict = field(default_factory=dict)


@dataclass
class Session:
    id: str
    entries: list[HistoryEntry] = field(default_factory=list)
    snippets: dict[str, str] = field(default_factory=dict)

    @classmethod
    def create(cls, session_id: str | None = None) -> "Session":
        return cls(id=session_id or uuid.uuid4().hex[:8])

    def add(self, kind: str, text: str, **meta) -> HistoryEntry:
        entry = HistoryEntry(kind=kind, text=text, meta=meta)
        self.entries.append(entry)
        return entry

    def last_sql(self) -> str | None:
        for entry in reversed(self.entries):
            if entry.kind == "sql":
                return entry.text
        return None

    def llm_context(self, limit: int = 6) -> list[dict[str, str]]:
        """Recent LLM turns as chat messages, oldest first."""
        turns = [e for e in self.entries if e.kind == "llm"][-limit:]
        messages = []
        for turn in turns:
            messages.append({"role": "user", "content": turn.meta.get("prompt", "")})
            messages.append({"role": "assistant", "content": turn.text})
        return messages

    def save(self, directory: Path = SESSIONS_DIR) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{self.id}.json"
        path.write_text(json.dumps({"id": self.id, "entries": [asdict(e) for e in self.entries], "snippets": self.snippets}, indent=2))
        return path

    @classmethod
    def load(cls, session_id: str, directory: Path = SESSIONS_DIR) -> "Session":
        raw = json.loads((directory / f"{session_id}.json").read_text())
        return cls(
            id=raw["id"],
            entries=[HistoryEntry(**e) for e in raw["entries"]],
            snippets=raw.get("snippets", {}),
        )
