from __future__ import annotations

import logging
from typing import Iterable, Iterator, Sequence

from botkit.llm import models
from botkit.llm.clients import get_mistral_client

logger = logging.getLogger(__name__)


def _batched(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Embedder:
    """Embeds runbook chunks with mistral-embed, in batches."""

    def __init__(self, batch_size: int = 32, model: str = models.MISTRAL_EMBED) -> None:
        self.batch_size = batch_size
        self.model = model
        self._create = get_mistral_client().embeddings.create

    def embed(self, texts: Iterable[str]) -> list[list[float]]:
        texts = list(texts)
        vectors: list[list[float]] = []
        for batch in _batched(texts, self.batch_size):
            resp = self._create(model=self.model, inputs=list(batch))
            vectors.extend(item.embedding for item in resp.data)
        logger.debug("embedded %d texts with %s", len(texts), self.model)
        return vectors

    def embed_one(self, text: str) -> list[float]:
        return self.embed([text])[0]
