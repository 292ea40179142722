"""Embedding backends the indexer can use, keyed by name in tenant settings.

Each backend takes a list of strings and returns vectors. Kept as plain callables so the
indexer can swap them per tenant without caring about SDK differences.
"""
from __future__ import annotations

import asyncio
from typing import Awaitable, Callable

from google.genai import types

from kb_api.llm import get_async_openai, get_genai, get_hf, get_mistral

Embedder = Callable[[list[str]], Awaitable[list[list[float]]]]


async def _openai_embed(texts: list[str]) -> list[list[float]]:
    resp = await get_async_openai().embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in resp.data]


async def _gemini_embed(texts: list[str]) -> list[list[float]]:
    resp = await get_genai().aio.models.embed_content(
        model="text-embedding-004",
        contents=texts,
        config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT", output_dimensionality=768),
    )
    return [e.values for e in resp.embeddings]


async def _mistral_embed(texts: list[str]) -> list[list[float]]:
    client = get_mistral()
    resp = await client.embeddings.create_async(model="mistral-embed", inputs=texts)
    return [d.embedding for d in resp.data]


async def _hf_embed(texts: list[str]) -> list[list[float]]:
    # the shared HF client is sync; feature_extraction handles one string at a time
    hf = get_hf()
    vectors = await asyncio.gather(
        *(asyncio.to_thread(hf.feature_extraction, t, model="sentence-transformers/all-MiniLM-L6-v2") for t in texts)
    )
    return [v.tolist() for v in vectors]


EMBEDDERS: dict[str, Embedder] = {
    "openai": _openai_embed,
    "gemini": _gemini_embed,
    "mistral": _mistral_embed,
    "hf-minilm": _hf_embed,
}


def get_embedder(name: str) -> Embedder:
    try:
        return EMBEDDERS[name]
    except KeyError:
        raise ValueError(f"unknown embedder {name!r}; known: {sorted(EMBEDDERS)}") from None
