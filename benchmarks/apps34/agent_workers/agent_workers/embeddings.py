"""Embedding helpers used by the dedupe job and the research cache."""
from __future__ import annotations

import hashlib
from typing import Sequence

from agent_workers.clients import get_openai_client
from agent_workers.config import get_settings

_CACHE: dict[str, list[float]] = {}
BATCH = 256


def _key(text: str, model: str) -> str:
    return hashlib.sha1(f"{model}\x00{text}".encode()).hexdigest()


def embed_texts(texts: Sequence[str], model: str | None = None) -> list[list[float]]:
    model = model or get_settings().models.embedding
    missing = [t for t in texts if _key(t, model) not in _CACHE]
    client = get_openai_client()
    for i in range(0, len(missing), BATCH):
        batch = missing[i : i + BATCH]
        resp = client.embeddings.create(model=model, input=batch)
        for text, item in zip(batch, resp.data):
            _CACHE[_key(text, model)] = item.embedding
    return [_CACHE[_key(t, model)] for t in texts]


def embed_one(text: str) -> list[float]:
    return get_openai_client().embeddings.create(model=get_settings().models.embedding, input=text).data[0].embedding


def clear_cache() -> None:
    _CACHE.clear()
