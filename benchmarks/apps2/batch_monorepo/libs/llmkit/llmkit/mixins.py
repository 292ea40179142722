"""Mixins shared by catalogue components."""

from __future__ import annotations

from typing import Iterator, Sequence

from mistralai import Mistral

from llmkit.clients import get_mistral


class EmbeddingMixin:
    """Gives a component an embedding client plus batching helpers."""

    embed_model: str = "mistral-embed"
    embed_batch_size: int = 64

    @property
    def _embed_client(self) -> Mistral:
        return get_mistral()

    def _batches(self, texts: Sequence[str]) -> Iterator[list[str]]:
        size = max(1, self.embed_batch_size)
        for start in range(0, len(texts), size):
            yield list(texts[start : start + size])
