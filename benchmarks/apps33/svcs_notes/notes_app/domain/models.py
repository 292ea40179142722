from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Note:
    id: int | None
    title: str
    body: str
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    updated_at: dt.datetime | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "tags": self.tags,
            "summary": self.summary,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat() if self.updated_at else None,
        }


@dataclass
class Link:
    source_id: int
    target_id: int
    reason: str
