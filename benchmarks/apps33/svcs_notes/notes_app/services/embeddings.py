"""Embedding generation for notes."""

from __future__ import annotations

import logging
from typing import Sequence

import openai

from notes_app.utils.text import chunk_text

log = logging.getLogger(__name__)


class EmbeddingService:
    """Wraps an OpenAI-protocol client (OpenAI proper or local Ollama)."""

    def __init__(self, client: openai.OpenAI, model: str, batch_size: int = 64) -> None:
        self.client = client
        self.model = model
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            resp = self.client.embeddings.create(model=self.model, input=batch)
            out.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
        return out

    def embed_one(self, text: str) -> list[float]:
        return self.embed([text])[0]

    def embed_note(self, body: str) -> list[list[float]]:
        chunks = chunk_text(body, max_tokens=400)
        if not chunks:
            return []
        log.debug("embedding %d chunks with %s", len(chunks), self.model)
        return self.embed(chunks)
