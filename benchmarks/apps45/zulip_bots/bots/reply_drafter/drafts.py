"""Draft bookkeeping for the reply drafter (kept in bot storage)."""
from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any, List, Optional


@dataclass
class Draft:
    draft_id: str
    user_id: int
    thread_url: str
    text: str
    sources: List[str] = field(default_factory=list)
    created_at: float = field(default_factory=time.time)

    @classmethod
    def create(cls, user_id: int, thread_url: str, text: str, sources: Optional[List[str]] = None) -> "Draft":
        return cls(draft_id=uuid.uuid4().hex[:8], user_id=user_id, thread_url=thread_url,
                   text=text, sources=sources or [])


class DraftStore:
    def __init__(self, storage: Any) -> None:
        self.storage = storage

    def save(self, draft: Draft) -> None:
        self.storage.put(f"draft:{draft.draft_id}", json.dumps(asdict(draft)))
        index_key = f"drafts:{draft.user_id}"
        ids = json.loads(self.storage.get(index_key)) if self.storage.contains(index_key) else []
        ids.append(draft.draft_id)
        self.storage.put(index_key, json.dumps(ids[-20:]))

    def get(self, draft_id: str) -> Optional[Draft]:
        key = f"draft:{draft_id}"
        if not self.storage.contains(key):
            return None
        return Draft(**json.loads(self.storage.get(key)))

    def latest_for(self, user_id: int) -> Optional[Draft]:
        index_key = f"drafts:{user_id}"
        if not self.storage.contains(index_key):
            return None
        ids = json.loads(self.storage.get(index_key))
        return self.get(ids[-1]) if ids else None
