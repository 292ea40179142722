"""Semantic search index (``search/embeddings.json``) for the material search override."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
from pathlib import Path
from typing import Sequence

from google.genai import types

from mkdocs_ai_docs.providers import clients
from mkdocs_ai_docs.providers.clients import get_async_openai_client

log = logging.getLogger("mkdocs.plugins.ai_docs.search")

BATCH = 64


def _batches(items: Sequence[str], size: int = BATCH):
    for i in range(0, len(items), size):
        yield items[i : i + size]


async def _embed_openai(texts: Sequence[str], model: str = "text-embedding-3-small") -> list[list[float]]:
    client = get_async_openai_client()
    sem = asyncio.Semaphore(4)

    async def one(batch: Sequence[str]) -> list[list[float]]:
        async with sem:
            resp = await client.embeddings.create(model=model, input=list(batch), dimensions=512)
            return [d.embedding for d in resp.data]

    results = await asyncio.gather(*(one(b) for b in _batches(texts)))
    return [vec for batch in results for vec in batch]


async def _embed_cohere(texts: Sequence[str]) -> list[list[float]]:
    co = clients.get_cohere_client()
    out: list[list[float]] = []
    for batch in _batches(texts, 96):
        resp = await asyncio.to_thread(
            co.embed,
            texts=list(batch),
            model="embed-multilingual-v3.0",
            input_type="search_document",
            embedding_types=["float"],
        )
        out.extend(resp.embeddings.float_)
    return out


def _embed_google(texts: Sequence[str]) -> list[list[float]]:
    client = clients.get_genai_client()
    embed = functools.partial(
        client.models.embed_content,
        model="text-embedding-004",
        config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT", output_dimensionality=512),
    )
    out: list[list[float]] = []
    for batch in _batches(texts, 100):
        resp = embed(contents=list(batch))
        out.extend(e.values for e in resp.embeddings)
    return out


def build_index(sections: list[dict], provider: str, site_dir: str) -> Path:
    """``sections`` are the entries of material's ``search_index.json`` docs list."""
    texts = [f"{s.get('title', '')}\n{s.get('text', '')}"[:4000] for s in sections]
    if provider == "openai":
        vectors = asyncio.run(_embed_openai(texts))
    elif provider == "cohere":
        vectors = asyncio.run(_embed_cohere(texts))
    elif provider == "google":
        vectors = _embed_google(texts)
    else:
        raise ValueError(f"embeddings not supported for {provider}")
    out = Path(site_dir) / "search" / "embeddings.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = [{"location": s["location"], "vector": [round(x, 5) for x in v]} for s, v in zip(sections, vectors)]
    out.write_text(json.dumps(payload), "utf-8")
    log.info("wrote %d embeddings to %s", len(payload), out)
    return out
