"""Note embeddings. Cohere by default, OpenAI as the fallback provider."""
from __future__ import annotations

import asyncio
import logging
import math
from typing import Sequence

from backend.llm import get_cohere_client, get_openai_client
from backend.llm.factories import get_async_openai_client
from backend.services.note_store import Note, NoteStore
from backend.settings import load_settings

log = logging.getLogger(__name__)

BATCH = 96  # cohere embed limit per request


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def note_text(note: Note) -> str:
    return f"{note.title}\n\n{note.body}"[:8000]


class EmbeddingService:
    def __init__(self, store: NoteStore, co=None) -> None:
        self.store = store
        self.co = co or get_cohere_client()

    @property
    def model(self) -> str:
        return load_settings().embed_model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        settings = load_settings()
        if settings.embed_provider == "openai":
            return self._embed_openai(texts)
        vectors: list[list[float]] = []
        for i in range(0, len(texts), BATCH):
            resp = self.co.embed(
                texts=texts[i:i + BATCH],
                model=settings.embed_model,
                input_type="search_document",
                embedding_types=["float"],
            )
            vectors.extend(resp.embeddings.float_)
        return vectors

    def embed_query(self, text: str) -> list[float]:
        if load_settings().embed_provider == "openai":
            return self._embed_openai([text])[0]
        resp = self.co.embed(
            texts=[text], model=self.model, input_type="search_query", embedding_types=["float"]
        )
        return resp.embeddings.float_[0]

    def _embed_openai(self, texts: list[str]) -> list[list[float]]:
        client = get_openai_client()
        resp = client.embeddings.create(model="text-embedding-3-small", input=texts)
        return [d.embedding for d in resp.data]

    def similar_notes(self, note_id: str, k: int = 5) -> list[tuple[str, float]]:
        vecs = self.store.embeddings(self.model)
        target = vecs.get(note_id)
        if target is None:
            return []
        scored = [(nid, cosine(target, v)) for nid, v in vecs.items() if nid != note_id]
        scored.sort(key=lambda x: x[1], reverse=True)
        return scored[:k]

    def duplicates(self, threshold: float = 0.95) -> list[tuple[str, str, float]]:
        vecs = list(self.store.embeddings(self.model).items())
        out = []
        for i, (a, va) in enumerate(vecs):
            for b, vb in vecs[i + 1:]:
                s = cosine(va, vb)
                if s >= threshold:
                    out.append((a, b, s))
        return out

    def index_missing(self, progress=None) -> int:
        pending = self.store.missing_embeddings(self.model)
        for i in range(0, len(pending), BATCH):
            chunk = pending[i:i + BATCH]
            vecs = self.embed_documents([note_text(n) for n in chunk])
            for note, vec in zip(chunk, vecs):
                self.store.save_embedding(note.id, self.model, vec)
            if progress:
                progress(min(i + BATCH, len(pending)), len(pending))
        return len(pending)


async def embed_many_async(texts: list[str], concurrency: int = 4) -> list[list[float]]:
    """Used by the bulk importer; OpenAI only because the async cohere client leaked sockets."""
    client = get_async_openai_client()
    sem = asyncio.Semaphore(concurrency)

    async def one(batch: list[str]) -> list[list[float]]:
        async with sem:
            resp = await client.embeddings.create(model="text-embedding-3-small", input=batch)
            return [d.embedding for d in resp.data]

    batches = [texts[i:i + 64] for i in range(0, len(texts), 64)]
    results = await asyncio.gather(*(one(b) for b in batches))
    return [v for r in results for v in r]
