from __future__ import annotations

import re
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Note:
    title: str
    body: str = ""
    tags: list[str] = field(default_factory=list)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    created: str = field(default_factory=_now)
    updated: str = field(default_factory=_now)
    pinned: bool = False

    def touch(self) -> None:
        self.updated = _now()

    @property
    def word_count(self) -> int:
        return len(re.findall(r"\w+", self.body))

    def excerpt(self, n: int = 120) -> str:
        text = " ".join(self.body.split())
        return text if len(text) <= n else text[: n - 1] + "…"

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "tags": list(self.tags),
            "created": self.created,
            "updated": self.updated,
            "pinned": self.pinned,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Note":
        return cls(
            title=data.get("title", "Untitled"),
            body=data.get("body", ""),
            tags=list(data.get("tags", [])),
            id=data.get("id") or uuid.uuid4().hex[:12],
            created=data.get("created", _now()),
            updated=data.get("updated", _now()),
            pinned=bool(data.get("pinned", False)),
        )


@dataclass
class Exchange:
    prompt: str
    response: str = ""
    provider: str = ""
    model: str = ""
    note_id: str | None = None
    at: datetime = field(default_factory=datetime.now)
    error: str | None = None


class AIHistory:
    """Keeps the last N assistant exchanges for the side panel."""

    def __init__(self, limit: int = 50):
        self._items: deque[Exchange] = deque(maxlen=limit)

    def add(self, exchange: Exchange) -> None:
        self._items.append(exchange)

    def last(self) -> Exchange | None:
        return self._items[-1] if self._items else None

    def as_messages(self, note_id: str | None = None, turns: int = 6) -> list[dict]:
        msgs: list[dict] = []
        for ex in list(self._items)[-turns:]:
            if note_id and ex.note_id != note_id:
                continue
            if ex.error:
                continue
            msgs.append({"role": "user", "content": ex.prompt})
            msgs.append({"role": "assistant", "content": ex.response})
        return msgs

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
