"""Approved-content store with semantic dedup.

Final copy from the content crew lands here. We embed each piece so the strategist's
audience search and the dedup check can find near-duplicates across campaigns.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

import numpy as np

logger = logging.getLogger(__name__)

DEDUP_THRESHOLD = 0.92


class Embedder(Protocol):
    def embed(self, texts: list[str], model: str | None = ..., input_type: str | None = ...) -> Any: ...


@dataclass
class ContentRecord:
    campaign_id: str
    channel: str
    body: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    vector: np.ndarray | None = None
    tags: list[str] = field(default_factory=list)


class ContentStore:
    def __init__(self, embedder: Embedder, model: str = "voyage-3.5") -> None:
        self._embedder = embedder
        self._model = model
        self._records: dict[str, ContentRecord] = {}

    def _vectors(self, texts: list[str], input_type: str = "document") -> np.ndarray:
        result = self._embedder.embed(texts, model=self._model, input_type=input_type)
        arr = np.asarray(result.embeddings, dtype=np.float32)
        norms = np.linalg.norm(arr, axis=1, keepdims=True)
        return arr / np.clip(norms, 1e-8, None)

    def create(self, campaign_id: str, channel: str, body: str, tags: list[str] | None = None) -> ContentRecord:
        record = ContentRecord(campaign_id=campaign_id, channel=channel, body=body, tags=tags or [])
        record.vector = self._vectors([body])[0]
        self._records[record.id] = record
        return record

    def find_duplicates(self, body: str, threshold: float = DEDUP_THRESHOLD) -> list[tuple[ContentRecord, float]]:
        if not self._records:
            return []
        query = self._vectors([body], input_type="query")[0]
        hits = []
        for rec in self._records.values():
            if rec.vector is None:
                continue
            score = float(np.dot(rec.vector, query))
            if score >= threshold:
                hits.append((rec, score))
        return sorted(hits, key=lambda h: h[1], reverse=True)

    def by_campaign(self, campaign_id: str) -> list[ContentRecord]:
        return [r for r in self._records.values() if r.campaign_id == campaign_id]

    def __len__(self) -> int:
        return len(self._records)


_store: ContentStore | None = None


def get_content_store() -> ContentStore:
    global _store
    if _store is None:
        from marketcrew.clients import get_voyage

        _store = ContentStore(embedder=get_voyage())
    return _store
