"""Semantic lookup over the question history ("ai ? <words>").

Embeddings are computed lazily, in a background thread, so typing is never
blocked on the network.
"""
from __future__ import annotations

import logging
import math
from concurrent.futures import Future, ThreadPoolExecutor
from typing import List, Optional, Sequence, Tuple

from .clients import ClientPool, MissingKeyError
from .history import History, HistoryEntry

log = logging.getLogger(__name__)

_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="embed")

OPENAI_EMBED_MODEL = "text-embedding-3-small"
MISTRAL_EMBED_MODEL = "mistral-embed"


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class HistoryIndex:
    def __init__(self, pool: ClientPool, history: History):
        self.pool = pool
        self.history = history

    def _embed(self, texts: List[str]) -> List[List[float]]:
        if self.pool.settings.provider == "mistral":
            res = self.pool.mistral.embeddings.create(model=MISTRAL_EMBED_MODEL, inputs=texts)
            return [d.embedding for d in res.data]
        client = self.pool.openai
        res = client.embeddings.create(model=OPENAI_EMBED_MODEL, input=texts)
        return [d.embedding for d in res.data]

    def backfill_async(self) -> Optional[Future]:
        missing = [e for e in self.history.all() if e.embedding is None]
        if not missing:
            return None
        try:
            client = self.pool.openai
        except MissingKeyError:
            return None
        fut = _executor.submit(
            client.embeddings.create,
            model=OPENAI_EMBED_MODEL,
            input=[e.question for e in missing],
        )
        fut.add_done_callback(lambda f: self._store(missing, f))
        return fut

    def _store(self, entries: List[HistoryEntry], fut: Future) -> None:
        if fut.exception():
            log.warning("embedding backfill failed: %s", fut.exception())
            return
        for entry, item in zip(entries, fut.result().data):
            self.history.update_embedding(entry, item.embedding)

    def search(self, query: str, k: int = 5) -> List[Tuple[float, HistoryEntry]]:
        candidates = [e for e in self.history.all() if e.embedding]
        if not candidates:
            return []
        (qvec,) = self._embed([query])
        scored = [(cosine(qvec, e.embedding), e) for e in candidates]
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return scored[:k]
