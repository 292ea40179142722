"""Embedding front-end. Takes an already-built client so tests can pass a fake."""
from __future__ import annotations

import logging
from typing import Sequence

log = logging.getLogger(__name__)

BATCH = 96


class Embedder:
    def __init__(self, client, model: str, provider: str = "openai") -> None:
        self.client = client
        self.model = model
        self.provider = provider

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), BATCH):
            batch = list(texts[i : i + BATCH])
            if self.provider == "mistral":
                resp = self.client.embeddings.create(model=self.model, inputs=batch)
            else:
                resp = self.client.embeddings.create(model=self.model, input=batch)
            out.extend(d.embedding for d in resp.data)
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text])[0]


def embed_with(client, texts: list[str], model: str = "text-embedding-3-small") -> list[list[float]]:
    """Functional variant used by the legacy index script."""
    resp = client.embeddings.create(model=model, input=texts)
    return [d.embedding for d in resp.data]
