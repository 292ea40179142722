"""'Find in clipboard history' - semantic search over past clips.

Embeddings: Cohere by default, OpenAI or a local Ollama model if configured.
Results are reranked with Cohere rerank when there are enough candidates."""
from __future__ import annotations

import logging
import math
import struct

from menubar.history import HistoryItem, HistoryStore
from menubar.services.registry import services
from menubar.workers import executor

log = logging.getLogger(__name__)

COHERE_EMBED_MODEL = "embed-multilingual-v3.0"
OPENAI_EMBED_MODEL = "text-embedding-3-small"
OLLAMA_EMBED_MODEL = "nomic-embed-text"
RERANK_MODEL = "rerank-multilingual-v3.0"


def _pack(vec: list[float]) -> bytes:
    return struct.pack(f"{len(vec)}f", *vec)


def _unpack(blob: bytes) -> list[float]:
    return list(struct.unpack(f"{len(blob) // 4}f", blob))


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class ClipSearch:
    def __init__(self, store: HistoryStore, backend: str = "cohere"):
        self.store = store
        self.backend = backend
        reg = services()
        self.co = reg.cohere
        self.oai = reg.openai
        self.local = reg.ollama

    def embed(self, texts: list[str], input_type: str = "search_document") -> list[list[float]]:
        if self.backend == "openai":
            return self._embed_openai(texts)
        if self.backend == "ollama":
            resp = self.local.embed(model=OLLAMA_EMBED_MODEL, input=texts)
            return list(resp.embeddings)
        resp = self.co.embed(
            texts=texts,
            model=COHERE_EMBED_MODEL,
            input_type=input_type,
            embedding_types=["float"],
        )
        return list(resp.embeddings.float_)

    def _embed_openai(self, texts: list[str]) -> list[list[float]]:
        # batches of 64 in parallel; the menu-bar history can be a few hundred clips
        futures = [
            executor().submit(self.oai.embeddings.create, model=OPENAI_EMBED_MODEL, input=texts[i : i + 64])
            for i in range(0, len(texts), 64)
        ]
        vectors: list[list[float]] = []
        for fut in futures:
            vectors.extend(d.embedding for d in fut.result().data)
        return vectors

    def index_missing(self) -> int:
        missing = [item for item in self.store.all() if item.embedding is None]
        if not missing:
            return 0
        vectors = self.embed([m.text[:2000] for m in missing])
        for item, vec in zip(missing, vectors):
            self.store.set_embedding(item.id, _pack(vec))
        return len(missing)

    def search(self, query: str, top_k: int = 5) -> list[HistoryItem]:
        self.index_missing()
        qvec = self.embed([query], input_type="search_query")[0]
        scored = []
        for item in self.store.all():
            if item.embedding:
                scored.append((_cosine(qvec, _unpack(item.embedding)), item))
        scored.sort(key=lambda pair: pair[0], reverse=True)
        candidates = [item for _, item in scored[: top_k * 4]]
        if len(candidates) <= top_k:
            return candidates
        return self.rerank(query, candidates, top_k)

    def rerank(self, query: str, candidates: list[HistoryItem], top_k: int) -> list[HistoryItem]:
        try:
            result = self.co.rerank(
                model=RERANK_MODEL,
                query=query,
                documents=[c.text[:4000] for c in candidates],
                top_n=top_k,
            )
        except Exception:
            log.exception("rerank failed, returning cosine order")
            return candidates[:top_k]
        return [candidates[r.index] for r in result.results]
