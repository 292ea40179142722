"""Embeddings for the semantic "have we discussed this before?" index.

Channel messages are embedded with OpenAI; the cheap local model is used for dedup checks
where quality matters less.
"""
from __future__ import annotations

import logging
import math
from typing import List, Sequence

import litellm

from assistant.config import get_settings
from assistant.llm.clients import ollama_client, openai_client
from assistant.llm.retry import call_with_retries

log = logging.getLogger(__name__)

BATCH_SIZE = 256
Vector = List[float]


def _batched(items: Sequence[str], size: int):
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def embed_texts(texts: Sequence[str]) -> List[Vector]:
    """Embed with OpenAI; retries rate limits, falls back to litellm's default route."""
    settings = get_settings()
    client = openai_client()
    vectors: List[Vector] = []
    for batch in _batched([t.replace("\n", " ")[:8000] for t in texts], BATCH_SIZE):
        try:
            resp = call_with_retries(
                client.embeddings.create,
                model=settings.models.embedding_model,
                input=batch,
                attempts=4,
            )
        except Exception:
            log.exception("openai embeddings failed for batch of %d, trying litellm", len(batch))
            resp = litellm.embedding(model="mistral/mistral-embed", input=batch)
            vectors.extend(item["embedding"] for item in resp.data)
            continue
        vectors.extend(item.embedding for item in resp.data)
    return vectors


def embed_query(text: str) -> Vector:
    return embed_texts([text])[0]


def local_embed(texts: Sequence[str]) -> List[Vector]:
    resp = ollama_client().embed(model=get_settings().models.local_embedding_model, input=list(texts))
    return [list(v) for v in resp.embeddings]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    if not na or not nb:
        return 0.0
    return dot / (na * nb)


def is_near_duplicate(candidate: str, existing: Sequence[str], threshold: float = 0.92) -> bool:
    if not existing:
        return False
    vectors = local_embed([candidate, *existing])
    head, rest = vectors[0], vectors[1:]
    return any(cosine(head, v) >= threshold for v in rest)
