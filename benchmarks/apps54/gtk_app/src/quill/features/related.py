"""'Related passages' side panel: embeds paragraphs and finds neighbours."""

from __future__ import annotations

import math

EMBED_MODEL = "text-embedding-3-small"
LOCAL_EMBED_MODEL = "nomic-embed-text"


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class RelatedIndex:
    def __init__(self, app) -> None:
        self.app = app
        self.paragraphs: list[str] = []
        self.vectors: list[list[float]] = []

    def _embed_remote(self, texts: list[str]) -> list[list[float]]:
        client = self.app.openai_client
        result = client.embeddings.create(model=EMBED_MODEL, input=texts)
        return [item.embedding for item in result.data]

    def _embed_local(self, texts: list[str]) -> list[list[float]]:
        result = self.app.ollama.embed(model=LOCAL_EMBED_MODEL, input=texts)
        return list(result["embeddings"])

    def rebuild(self, text: str) -> None:
        paragraphs = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
        if not paragraphs:
            self.paragraphs, self.vectors = [], []
            return
        # Only embed paragraphs we have not seen; edits usually touch one or two.
        cache = dict(zip(self.paragraphs, self.vectors))
        missing = [p for p in paragraphs if p not in cache]
        if missing:
            if self.app.settings.backend == "ollama":
                fresh = self._embed_local(missing)
            else:
                fresh = self._embed_remote(missing)
            cache.update(zip(missing, fresh))
        self.paragraphs = paragraphs
        self.vectors = [cache[p] for p in paragraphs]

    def nearest(self, index: int, k: int = 3) -> list[tuple[float, str]]:
        query = self.vectors[index]
        scored = [
            (cosine(query, vec), para)
            for i, (vec, para) in enumerate(zip(self.vectors, self.paragraphs))
            if i != index
        ]
        return sorted(scored, reverse=True)[:k]
