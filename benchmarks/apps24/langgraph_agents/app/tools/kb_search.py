"""Vector search over the help-centre articles (Cohere embeddings, in-memory index)."""
from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Any

import cohere

from app.config import settings

logger = logging.getLogger(__name__)

_ARTICLES = Path(__file__).resolve().parents[2] / "data" / "kb_articles.jsonl"


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class KBSearchTool:
    name = "kb_search"
    description = "Search the help-centre knowledge base."

    def __init__(self, client: cohere.ClientV2, model: str | None = None, max_chunk_tokens: int = 480):
        self._co = client
        self.model = model or settings.embed_model
        self.max_chunk_tokens = max_chunk_tokens
        self._index: dict[str, list[tuple[dict[str, Any], list[float]]]] = {}

    def _load_articles(self, tenant_id: str) -> list[dict[str, Any]]:
        if not _ARTICLES.exists():
            return []
        with _ARTICLES.open() as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        return [r for r in rows if r.get("tenant_id") in (tenant_id, "*")]

    def _chunk_ok(self, text: str) -> bool:
        # tokenize is free; keeps us under the embed model's 512-token window
        tokens = self._co.tokenize(text=text, model=self.model)
        return len(tokens.tokens) <= self.max_chunk_tokens

    def _embed(self, texts: list[str], input_type: str) -> list[list[float]]:
        resp = self._co.embed(
            model=self.model,
            texts=texts,
            input_type=input_type,
            embedding_types=["float"],
        )
        return resp.embeddings.float_

    def build_index(self, tenant_id: str) -> int:
        articles = [a for a in self._load_articles(tenant_id) if self._chunk_ok(a["text"])]
        vectors: list[list[float]] = []
        for start in range(0, len(articles), 96):
            batch = articles[start : start + 96]
            vectors.extend(self._embed([a["text"] for a in batch], "search_document"))
        self._index[tenant_id] = list(zip(articles, vectors))
        logger.info("indexed %d articles for tenant %s", len(articles), tenant_id)
        return len(articles)

    def search(self, query: str, tenant_id: str, k: int = 10) -> list[dict[str, Any]]:
        if tenant_id not in self._index:
            self.build_index(tenant_id)
        entries = self._index.get(tenant_id, [])
        if not entries:
            return []
        [qvec] = self._embed([query], "search_query")
        scored = sorted(entries, key=lambda e: _cosine(qvec, e[1]), reverse=True)
        return [dict(article) for article, _ in scored[:k]]

    def rerank(self, query: str, docs: list[dict[str, Any]], top_n: int = 3) -> list[dict[str, Any]]:
        res = self._co.rerank(
            model=settings.rerank_model,
            query=query,
            documents=[d["text"] for d in docs],
            top_n=top_n,
        )
        return [docs[r.index] | {"score": r.relevance_score} for r in res.results]
