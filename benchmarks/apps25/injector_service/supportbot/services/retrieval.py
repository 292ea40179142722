"""Help-centre retrieval (Cohere embeddings + rerank) and grounded answers on top of it."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import cohere
import numpy as np
from injector import inject, singleton

from supportbot.keys import SearchClient
from supportbot.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Doc:
    doc_id: str
    text: str
    score: float = 0.0


class ArticleIndex:
    """In-memory vector index, loaded from the nightly export."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._texts: list[str] = []
        self._matrix: np.ndarray | None = None

    def load(self, ids: list[str], texts: list[str], vectors: list[list[float]]) -> None:
        self._ids, self._texts = ids, texts
        mat = np.asarray(vectors, dtype=np.float32)
        self._matrix = mat / np.linalg.norm(mat, axis=1, keepdims=True)

    def nearest(self, vector: list[float], k: int) -> list[Doc]:
        if self._matrix is None:
            return []
        q = np.asarray(vector, dtype=np.float32)
        scores = self._matrix @ (q / np.linalg.norm(q))
        idx = np.argsort(-scores)[:k]
        return [Doc(self._ids[i], self._texts[i], float(scores[i])) for i in idx]


@singleton
class RetrievalService:
    @inject
    def __init__(self, client: SearchClient, index: ArticleIndex, settings: Settings) -> None:
        self._co = client
        self._index = index
        self._embed_model = settings.embed_model
        self._rerank_model = settings.rerank_model

    def embed_query(self, text: str) -> list[float]:
        resp = self._co.embed(
            texts=[text],
            model=self._embed_model,
            input_type="search_query",
            embedding_types=["float"],
        )
        return resp.embeddings.float_[0]

    def query_length(self, text: str) -> int:
        # tokenize is free; used to decide whether to truncate before embedding
        return len(self._co.tokenize(text=text, model=self._embed_model).tokens)

    async def search(self, query: str, top_n: int = 5) -> list[Doc]:
        vector = await asyncio.to_thread(self.embed_query, query)
        candidates = self._index.nearest(vector, k=25)
        if not candidates:
            return []
        reranked = await asyncio.to_thread(self._co.rerank,
            model=self._rerank_model,
            query=query,
            documents=[c.text for c in candidates],
            top_n=top_n,
        )
        return [
            Doc(candidates[r.index].doc_id, candidates[r.index].text, r.relevance_score)
            for r in reranked.results
        ]


# --- grounded answers (moved here from grounded_answers.py) -------------------


@dataclass
class Citation:
    text: str
    doc_ids: list[str]


@dataclass
class GroundedAnswer:
    text: str
    citations: list[Citation]


class GroundedAnswerService:
    MODEL = "command-r-plus-08-2024"

    @inject
    def __init__(self, co: cohere.ClientV2, retrieval: RetrievalService) -> None:
        self._co = co
        self._retrieval = retrieval

    async def answer(self, question: str) -> GroundedAnswer:
        docs = await self._retrieval.search(question, top_n=5)
        response = self._co.chat(
            model=self.MODEL,
            messages=[{"role": "user", "content": question}],
            documents=[{"id": d.doc_id, "data": {"text": d.text}} for d in docs],
            temperature=0.1,
        )
        text = "".join(c.text for c in response.message.content if c.type == "text")
        citations = [
            Citation(text=c.text, doc_ids=[s.document.get("id", "") for s in (c.sources or []) if s.type == "document"])
            for c in (response.message.citations or [])
        ]
        return GroundedAnswer(text=text, citations=citations)

    def stream_answer(self, question: str, documents: list[dict]):
        for event in self._co.chat_stream(
            model=self.MODEL,
            messages=[{"role": "user", "content": question}],
            documents=documents,
        ):
            if event.type == "content-delta":
                yield event.delta.message.content.text
