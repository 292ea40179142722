"""Embedding helpers for the knowledge base and similar-ticket search."""
from __future__ import annotations

import asyncio
import logging
from typing import Iterable

import litellm
from django.conf import settings
from google.genai import types

from helpdesk.clients import llm

logger = logging.getLogger("helpdesk.embeddings")

BATCH_SIZE = 96


def _batched(items: list[str], size: int = BATCH_SIZE) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def embed_texts(texts: list[str], model: str | None = None) -> list[list[float]]:
    model = model or settings.HELPDESK_LLM["EMBEDDING_MODEL"]
    vectors: list[list[float]] = []
    for batch in _batched([t.replace("\n", " ") for t in texts]):
        resp = llm.openai.embeddings.create(model=model, input=batch)
        vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
    return vectors


async def aembed_texts(texts: list[str]) -> list[list[float]]:
    """Async wrapper for the consumers -- reuses the sync client in a thread."""
    model = settings.HELPDESK_LLM["EMBEDDING_MODEL"]
    resp = await asyncio.to_thread(
        llm.openai.embeddings.create,
        model=model,
        input=texts,
    )
    return [d.embedding for d in resp.data]


def embed_multilingual(texts: list[str]) -> list[list[float]]:
    """Gemini embeddings for non-English KB articles (better recall on nl/de)."""
    result = llm.gemini.models.embed_content(
        model="text-embedding-004",
        contents=texts,
        config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT", output_dimensionality=768),
    )
    return [e.values for e in result.embeddings]


async def similar_ticket_vector(subject: str, body: str) -> list[float]:
    resp = await litellm.aembedding(
        model="openai/text-embedding-3-small",
        input=[f"{subject}\n{body[:2000]}"],
        dimensions=512,
    )
    return resp.data[0]["embedding"]
