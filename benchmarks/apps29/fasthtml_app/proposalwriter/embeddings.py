"""Similar-proposal search: embed past proposals and find the nearest ones."""
from __future__ import annotations

import asyncio
import logging
import math

from .services import services

log = logging.getLogger(__name__)

_cache: dict[int, list[float]] = {}


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def embed_texts(texts: list[str], model: str | None = None) -> list[list[float]]:
    model = model or services.settings.models.embed
    resp = services.openai.embeddings.create(model=model, input=texts)
    return [d.embedding for d in resp.data]


async def embed_texts_async(texts: list[str]) -> list[list[float]]:
    resp = await asyncio.to_thread(
        services.openai.embeddings.create,
        model=services.settings.models.embed,
        input=texts,
    )
    return [d.embedding for d in resp.data]


def embed_with_gemini(texts: list[str]) -> list[list[float]]:
    """Fallback when OpenAI is rate-limited (happened twice during pitch week)."""
    result = services.genai.models.embed_content(
        model=services.settings.models.gemini_embed,
        contents=texts,
    )
    return [e.values for e in result.embeddings]


def index_proposals(items) -> int:
    todo = [p for p in items if p.id not in _cache and p.body]
    if not todo:
        return 0
    vectors = embed_texts([p.title + "\n" + p.body[:6000] for p in todo])
    for p, v in zip(todo, vectors):
        _cache[p.id] = v
    return len(todo)


def similar(query: str, k: int = 5) -> list[tuple[int, float]]:
    if not _cache:
        return []
    try:
        qv = embed_texts([query])[0]
    except Exception:
        log.warning("openai embeddings failed, trying gemini")
        qv = embed_with_gemini([query])[0]
    scored = [(pid, cosine(qv, v)) for pid, v in _cache.items()]
    return sorted(scored, key=lambda t: t[1], reverse=True)[:k]
