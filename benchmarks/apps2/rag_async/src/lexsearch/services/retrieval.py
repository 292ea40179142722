"""Hybrid retrieval: HyDE expansion, dense search and reranking."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import litellm

from lexsearch.adapters.rerankers import LexicalReranker
from lexsearch.settings import settings

if TYPE_CHECKING:
    from lexsearch.interfaces import Embedder, Passage, Reranker, VectorIndex
    from lexsearch.services.query_rewriter import RewrittenQuery

logger = logging.getLogger(__name__)

HYDE_PROMPT = (
    "Write the paragraph of a court opinion that would best answer the question below. "
    "Write in the register of an appellate opinion. Do not invent case names."
)


@dataclass(frozen=True)
class RetrievalConfig:
    candidates: int = 40
    top_n: int = 8
    use_hyde: bool = True
    hyde_model: str = "gpt-4.1-mini"


class HybridRetriever:
    def __init__(
        self,
        embedder: "Embedder",
        reranker: "Reranker",
        index: "VectorIndex",
        config: RetrievalConfig | None = None,
    ) -> None:
        self._embedder = embedder
        self._reranker = reranker
        self._index = index
        self._fallback = LexicalReranker()
        self.config = config or RetrievalConfig()

    async def _hypothetical_passage(self, question: str) -> str:
        response = await litellm.acompletion(
            model=self.config.hyde_model,
            messages=[
                {"role": "system", "content": HYDE_PROMPT},
                {"role": "user", "content": question},
            ],
            max_tokens=300,
            temperature=0.3,
            api_key=settings.keys.openai,
        )
        return response.choices[0].message.content or question

    async def retrieve(self, query: "RewrittenQuery", tenant_id: str) -> list["Passage"]:
        texts = list(query.queries)
        if self.config.use_hyde:
            texts.append(await self._hypothetical_passage(query.original))

        vectors = await asyncio.gather(*(self._embedder.embed_query(t) for t in texts))
        hits = await asyncio.gather(
            *(self._index.search(v, tenant_id, k=self.config.candidates) for v in vectors)
        )

        unique: dict[str, "Passage"] = {}
        for passage in (p for batch in hits for p in batch):
            unique.setdefault(passage.chunk_id, passage)
        candidates = list(unique.values())
        documents = [p.text for p in candidates]

        try:
            ranked = await self._reranker.rerank(query.original, documents, self.config.top_n)
        except Exception:
            logger.exception("hosted reranker failed; using lexical fallback")
            ranked = await self._fallback.rerank(query.original, documents, self.config.top_n)

        results = []
        for item in ranked:
            passage = candidates[item.index]
            passage.score = item.score
            results.append(passage)
        return results
