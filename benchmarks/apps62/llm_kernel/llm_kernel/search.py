"""Embeddings of notebook cells for %search."""
from __future__ import annotations

import asyncio
import math
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Sequence

from .backends import clients
from .config import EMBEDDING_MODELS
from .history_store import HistoryStore

Embedder = Callable[[Sequence[str]], list[list[float]]]


def _embed_openai(texts: Sequence[str]) -> list[list[float]]:
    resp = clients.get_openai_client().embeddings.create(model=EMBEDDING_MODELS["openai"], input=list(texts))
    return [d.embedding for d in resp.data]


def _embed_google(texts: Sequence[str]) -> list[list[float]]:
    client = clients.get_genai_client()
    resp = client.models.embed_content(model=EMBEDDING_MODELS["google"], contents=list(texts))
    return [e.values for e in resp.embeddings]


def _embed_mistral(texts: Sequence[str]) -> list[list[float]]:
    client = clients.get_mistral_client()
    resp = client.embeddings.create(model=EMBEDDING_MODELS["mistral"], inputs=list(texts))
    return [d.embedding for d in resp.data]


def _embed_ollama(texts: Sequence[str]) -> list[list[float]]:
    resp = clients.get_ollama_client().embed(model=EMBEDDING_MODELS["ollama"], input=list(texts))
    return resp.embeddings


EMBEDDERS: dict[str, Embedder] = {
    "openai": _embed_openai,
    "google": _embed_google,
    "mistral": _embed_mistral,
    "ollama": _embed_ollama,
}


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class CellIndex:
    def __init__(self, store: HistoryStore, provider: str = "openai", batch_size: int = 64):
        self.store = store
        self.provider = provider
        self.batch_size = batch_size

    @property
    def embed(self) -> Embedder:
        return EMBEDDERS[self.provider]

    def index_pending(self) -> int:
        pending = self.store.unembedded()
        done = 0
        for i in range(0, len(pending), self.batch_size):
            batch = pending[i : i + self.batch_size]
            vectors = self.embed([text for _, text in batch])
            for (row_id, _), vec in zip(batch, vectors):
                self.store.set_embedding(row_id, vec)
            done += len(batch)
        return done

    def query(self, text: str, k: int = 5) -> list[tuple[float, int, str]]:
        [qvec] = self.embed([text])
        scored = [(cosine(qvec, vec), ec, prompt) for _, ec, prompt, vec in self.store.embedded()]
        scored.sort(reverse=True)
        return scored[:k]


async def embed_async(texts: Sequence[str]) -> list[list[float]]:
    """Used by the kernel so indexing does not block the shell channel."""
    client = clients.get_openai_client()
    resp = await asyncio.to_thread(  # sync client in a worker thread
        client.embeddings.create,
        model=EMBEDDING_MODELS["openai"],
        input=list(texts),
    )
    return [d.embedding for d in resp.data]


def embed_parallel(chunks: list[list[str]], max_workers: int = 4) -> list[list[float]]:
    """Mistral embeddings in parallel batches, for the big %index on restored sessions."""
    client = clients.get_mistral_client()
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = [
            pool.submit(client.embeddings.create, model=EMBEDDING_MODELS["mistral"], inputs=chunk)
            for chunk in chunks
        ]
        out: list[list[float]] = []
        for fut in futures:
            out.extend(d.embedding for d in fut.result().data)
    return out
