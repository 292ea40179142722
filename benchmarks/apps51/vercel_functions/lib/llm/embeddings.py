"""Embeddings for semantic search over saved documents."""
from typing import Sequence

from lib.llm.clients import get_openai

MISTRAL_EMBED_MODEL = "mistral-embed"
OPENAI_EMBED_MODEL = "text-embedding-3-small"


def _batches(items: Sequence[str], size: int):
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


class Embedder:
    """Mistral embeddings (EU data residency for the enterprise workspace)."""

    def __init__(self, client, model: str = MISTRAL_EMBED_MODEL, batch_size: int = 64):
        self._client = client
        self.model = model
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for batch in _batches(texts, self.batch_size):
            resp = self._client.embeddings.create(model=self.model, inputs=batch)
            vectors.extend(item.embedding for item in resp.data)
        return vectors

    def embed_one(self, text: str) -> list[float]:
        return self.embed([text])[0]


def embed_openai(texts: list[str], dimensions: int | None = None) -> list[list[float]]:
    kwargs = {"dimensions": dimensions} if dimensions else {}
    resp = get_openai().embeddings.create(model=OPENAI_EMBED_MODEL, input=texts, **kwargs)
    return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0
