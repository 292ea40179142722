"""Duplicate / similar ticket detection with OpenAI embeddings.

TODO(marco): move to voyage like the KB search; we pay for both right now.
"""

from __future__ import annotations

import math
from typing import Sequence

from supportdesk.schemas import Ticket
from supportdesk.utils.retry import with_retries

EMBED_MODEL = "text-embedding-3-small"


def _cos(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)) or 1.0)


class SimilarTicketFinder:
    def __init__(self, client):
        # an openai client (sync); see llm.clients.get_openai_client
        self.client = client
        self._cache: dict[int, list[float]] = {}

    def _embed_many(self, texts: list[str]) -> list[list[float]]:
        resp = with_retries(
            self.client.embeddings.create,
            model=EMBED_MODEL,
            input=texts,
        )
        return [d.embedding for d in resp.data]

    def find(self, ticket: Ticket, candidates: list[Ticket], threshold: float = 0.88) -> list[int]:
        missing = [c for c in candidates if c.id not in self._cache]
        if missing:
            for c, vec in zip(missing, self._embed_many([f"{c.subject}\n{c.body}" for c in missing])):
                self._cache[c.id] = vec
        target = self.client.embeddings.create(
            model=EMBED_MODEL, input=f"{ticket.subject}\n{ticket.body}"
        ).data[0].embedding
        return [c.id for c in candidates if _cos(target, self._cache[c.id]) >= threshold]
