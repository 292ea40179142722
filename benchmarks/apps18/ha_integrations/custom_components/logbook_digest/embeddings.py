"""Embedding-based de-duplication of logbook lines.

Motion sensors and flaky Zigbee devices spam the logbook with near-identical lines; we
collapse those before summarizing so the prompt stays small.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

from ..llm_common import get_sync_openai_client

MISTRAL_EMBED_MODEL = "mistral-embed"
OLLAMA_EMBED_MODEL = "nomic-embed-text"
OPENAI_EMBED_MODEL = "text-embedding-3-small"


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


async def embed_mistral(client: Any, texts: list[str]) -> list[list[float]]:
    response = await client.embeddings.create_async(model=MISTRAL_EMBED_MODEL, inputs=texts)
    return [item.embedding for item in response.data]


async def embed_ollama(client: Any, texts: list[str]) -> list[list[float]]:
    response = await client.embed(model=OLLAMA_EMBED_MODEL, input=texts, truncate=True)
    return [list(vector) for vector in response.embeddings]


class OpenAIEmbedder:
    """Used by customers on the 'auto' provider who gave us an OpenAI key for embeddings."""

    def __init__(self, api_key: str) -> None:
        self._openai = get_sync_openai_client(api_key)

    async def embed(self, texts: list[str]) -> list[list[float]]:
        response = await asyncio.to_thread(
            self._openai.embeddings.create,
            input=texts,
            model=OPENAI_EMBED_MODEL,
        )
        return [item.embedding for item in response.data]


def collapse_similar(lines: list[str], vectors: list[list[float]], threshold: float) -> list[str]:
    """Drop a line if it is too similar to the previously kept line."""
    kept: list[str] = []
    last_vec: list[float] | None = None
    repeats = 0
    for line, vec in zip(lines, vectors):
        if last_vec is not None and cosine(vec, last_vec) >= threshold:
            repeats += 1
            continue
        if repeats:
            kept.append(f"  (+{repeats} similar)")
            repeats = 0
        kept.append(line)
        last_vec = vec
    if repeats:
        kept.append(f"  (+{repeats} similar)")
    return kept
