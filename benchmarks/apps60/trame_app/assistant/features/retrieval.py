"""Tiny in-memory retrieval over dataset notes / column descriptions."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import numpy as np

from assistant.config import get_settings
from assistant.llm import get_async_openai_client, get_mistral_client


@dataclass
class NoteIndex:
    chunks: list[str] = field(default_factory=list)
    vectors: np.ndarray | None = None
    backend: str = "openai"

    def top_k(self, query_vec: np.ndarray, k: int = 4) -> list[str]:
        if self.vectors is None or not self.chunks:
            return []
        q = query_vec / (np.linalg.norm(query_vec) + 1e-9)
        m = self.vectors / (np.linalg.norm(self.vectors, axis=1, keepdims=True) + 1e-9)
        scores = m @ q
        order = np.argsort(-scores)[:k]
        return [self.chunks[i] for i in order]


def chunk_text(text: str, size: int = 800, overlap: int = 100) -> list[str]:
    out, start = [], 0
    while start < len(text):
        out.append(text[start : start + size])
        start += size - overlap
    return [c for c in out if c.strip()]


async def embed_openai(texts: list[str]) -> np.ndarray:
    client = get_async_openai_client()
    resp = await client.embeddings.create(
        model=get_settings().openai_embedding_model,
        input=texts,
    )
    return np.array([d.embedding for d in resp.data], dtype=np.float32)


async def embed_mistral(texts: list[str]) -> np.ndarray:
    client = get_mistral_client()
    resp = await asyncio.to_thread(
        client.embeddings.create,
        model=get_settings().mistral_embedding_model,
        inputs=texts,
    )
    return np.array([d.embedding for d in resp.data], dtype=np.float32)


EMBEDDERS = {"openai": embed_openai, "mistral": embed_mistral}


async def build_index(notes: str, backend: str = "openai") -> NoteIndex:
    chunks = chunk_text(notes)
    if not chunks:
        return NoteIndex(backend=backend)
    vectors = await EMBEDDERS[backend](chunks)
    return NoteIndex(chunks=chunks, vectors=vectors, backend=backend)


async def search(index: NoteIndex, query: str, k: int = 4) -> list[str]:
    if not index.chunks:
        return []
    vec = (await EMBEDDERS[index.backend]([query]))[0]
    return index.top_k(vec, k)
