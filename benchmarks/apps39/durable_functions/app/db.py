"""Tiny persistence layer. In production this wraps Postgres; locally it is in-memory."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


@dataclass
class Record:
    id: str
    kind: str
    data: dict[str, Any]
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class Repository:
    """Generic key/value repository; `create` here is a database insert, nothing more."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._rows: dict[str, Record] = {}

    def create(self, **data: Any) -> Record:
        rec = Record(id=str(uuid.uuid4()), kind=self.kind, data=dict(data))
        self._rows[rec.id] = rec
        return rec

    def get(self, record_id: str) -> Record | None:
        return self._rows.get(record_id)

    def update(self, record_id: str, **changes: Any) -> Record:
        rec = self._rows[record_id]
        rec.data.update(changes)
        return rec

    def list(self, **filters: Any) -> list[Record]:
        out = []
        for rec in self._rows.values():
            if all(rec.data.get(k) == v for k, v in filters.items()):
                out.append(rec)
        return out


documents = Repository("document")
summaries = Repository("summary")
embeddings = Repository("embedding")
comments = Repository("comment")
digests = Repository("digest")
