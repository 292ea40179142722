"""Chunking and batch embedding.

``embed_texts`` is the synchronous path used by the CLI; ``AsyncEmbedder``
is what scripts/bulk_embed.py uses for large corpora.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from dataclasses import dataclass
from typing import Iterable, Sequence

from openai import AsyncOpenAI

from llmctl.config import EMBEDDING_MODEL
from llmctl.utils import _encoding, with_backoff



LOG = logging.getLogger(__name__)

MAX_BATCH = 256


def _batches(items: Sequence, size: int) -> Iterable[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def embed_texts(client, texts: list[str], model: str = EMBEDDING_MODEL,
                dimensions: int | None = None) -> list[list[float]]:
    """Embed ``texts`` with an OpenAI client, batching and retrying on 429."""
    vectors: list[list[float]] = []
    extra = {"dimensions": dimensions} if dimensions else {}
    for batch in _batches(texts, MAX_BATCH):
        resp = with_backoff(client.embeddings.create, model=model, input=list(batch), **extra)
        vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
        LOG.debug("embedded %d texts (%d tokens)", len(batch), resp.usage.total_tokens)
    return vectors


class AsyncEmbedder:
    def __init__(self, client: AsyncOpenAI, model: str = EMBEDDING_MODEL, concurrency: int = 8):
        self.client = client
        self.model = model
        self._sem = asyncio.Semaphore(concurrency)

    async def _embed_batch(self, batch: Sequence[str]) -> list[list[float]]:
        async with self._sem:
            resp = await self.client.embeddings.create(model=self.model, input=list(batch))
        return [d.embedding for d in resp.data]

    async def embed_all(self, texts: list[str]) -> list[list[float]]:
        tasks = [self._embed_batch(b) for b in _batches(texts, MAX_BATCH)]
        out: list[list[float]] = []
        for vecs in await asyncio.gather(*tasks):
            out.extend(vecs)
        return out


async def embed_in_thread(sync_client, texts: list[str], model: str = EMBEDDING_MODEL):
    """Used from async code that only has the app's sync client."""
    resp = await asyncio.to_thread(sync_client.embeddings.create, model=model, input=texts)
    return [d.embedding for d in resp.data]


TEXT_EXTENSIONS = {".md", ".txt", ".rst", ".py", ".js", ".ts", ".go", ".java", ".yaml", ".yml"}


@dataclass
class Chunk:
    path: str
    index: int
    text: str
    n_tokens: int

    @property
    def key(self) -> str:
        return hashlib.sha1(f"{self.path}:{self.index}:{self.text}".encode()).hexdigest()


def iter_files(root: str, extensions=TEXT_EXTENSIONS):
    if os.path.isfile(root):
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "node_modules"]
        for fn in sorted(filenames):
            if os.path.splitext(fn)[1] in extensions:
                yield os.path.join(dirpath, fn)


def chunk_file(path: str, max_tokens: int = 512, overlap: int = 64,
               model: str = "text-embedding-3-small") -> list[Chunk]:
    enc = _encoding(model)
    with open(path, encoding="utf-8", errors="replace") as fh:
        tokens = enc.encode(fh.read())
    chunks = []
    step = max(1, max_tokens - overlap)
    for i, start in enumerate(range(0, max(len(tokens), 1), step)):
        window = tokens[start:start + max_tokens]
        if not window:
            break
        chunks.append(Chunk(path, i, enc.decode(window), len(window)))
    return chunks
