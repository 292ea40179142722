"""Semantic search over our audience research corpus (interviews, reviews, survey verbatims)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Type

import numpy as np
import voyageai
from crewai.tools import BaseTool
from pydantic import BaseModel, Field, PrivateAttr

from marketcrew.clients import get_async_voyage, get_voyage
from marketcrew.config import settings

logger = logging.getLogger(__name__)

CORPUS_PATH = Path("var/audience_corpus.jsonl")
INDEX_PATH = Path("var/audience_corpus.npy")


class AudienceSearchInput(BaseModel):
    query: str = Field(..., description="What you want to learn about the audience, e.g. 'pricing objections'")
    top_k: int = Field(5, ge=1, le=20)


class AudienceSearchTool(BaseTool):
    name: str = "audience_search"
    description: str = "Finds real customer verbatims relevant to a question about the audience."
    args_schema: Type[BaseModel] = AudienceSearchInput
    candidates: int = 40

    _vo: voyageai.Client = PrivateAttr()
    _avo: voyageai.AsyncClient = PrivateAttr()
    _docs: list[str] = PrivateAttr(default_factory=list)
    _index: np.ndarray | None = PrivateAttr(default=None)

    def model_post_init(self, __context: Any) -> None:
        super().model_post_init(__context)
        self._vo = get_voyage()
        self._avo = get_async_voyage()
        self._load()

    def _load(self) -> None:
        if not CORPUS_PATH.exists():
            logger.warning("audience corpus not found at %s", CORPUS_PATH)
            return
        with CORPUS_PATH.open() as fh:
            self._docs = [json.loads(line)["text"] for line in fh if line.strip()]
        if INDEX_PATH.exists():
            self._index = np.load(INDEX_PATH)
        logger.info("loaded %d audience docs (index=%s)", len(self._docs), self._index is not None)

    def estimate_query_tokens(self, query: str) -> int:
        return self._vo.count_tokens([query], model=settings.embed_model)

    def _top_candidates(self, qvec: np.ndarray) -> list[str]:
        assert self._index is not None
        scores = self._index @ qvec
        order = np.argsort(-scores)[: self.candidates]
        return [self._docs[i] for i in order]

    def _format(self, results: list[tuple[str, float]]) -> str:
        return "\n".join(f"[{score:.2f}] {doc}" for doc, score in results) or "No matching verbatims."

    def _run(self, query: str, top_k: int = 5) -> str:
        if self._index is None or not self._docs:
            return "Audience corpus is not indexed yet; run scripts/backfill_embeddings.py."
        emb = self._vo.embed([query], model=settings.embed_model, input_type="query")
        candidates = self._top_candidates(np.asarray(emb.embeddings[0], dtype=np.float32))
        reranked = self._vo.rerank(query, candidates, model=settings.rerank_model, top_k=top_k)
        return self._format([(r.document, r.relevance_score) for r in reranked.results])

    async def _arun(self, query: str, top_k: int = 5) -> str:
        if self._index is None or not self._docs:
            return "Audience corpus is not indexed yet; run scripts/backfill_embeddings.py."
        emb = await self._avo.embed([query], model=settings.embed_model, input_type="query")
        qvec = np.asarray(emb.embeddings[0], dtype=np.float32)
        # TODO(dana): rerank async too once we bump voyageai; cosine only for now
        candidates = self._top_candidates(qvec)[:top_k]
        return self._format([(doc, 0.0) for doc in candidates])
