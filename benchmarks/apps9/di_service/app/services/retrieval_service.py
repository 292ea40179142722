import asyncio
import logging
from functools import partial
from typing import List

from app.repositories.kb_repository import KBRepository
from app.schemas import KBArticle
from app.utils import normalize_whitespace

logger = logging.getLogger(__name__)

# voyage-3 / rerank-2 both accept up to 32k tokens per document, but long articles only make
# reranking slower without helping precision.
RERANK_DOC_CHARS = 4000
CANDIDATES = 40


class RetrievalService:
    def __init__(self, voyage_client, kb_repository: KBRepository, embed_model: str,
                 rerank_model: str) -> None:
        self._voyage = voyage_client
        self._kb = kb_repository
        self._embed_model = embed_model
        self._rerank_model = rerank_model

    def embed_query(self, query: str) -> List[float]:
        result = self._voyage.embed(
            [normalize_whitespace(query)],
            model=self._embed_model,
            input_type="query",
        )
        return result.embeddings[0]

    def fits_rerank_budget(self, query: str, docs: List[str], budget: int = 100_000) -> bool:
        return self._voyage.count_tokens([query, *docs], model=self._rerank_model) <= budget

    async def search(self, query: str, top_k: int = 5, locale: str = "en") -> List[KBArticle]:
        vector = self.embed_query(query)
        candidates = await self._kb.nearest(vector, top_k=CANDIDATES, locale=locale)
        if len(candidates) <= top_k:
            return candidates

        docs = [f"{a.title}\n{a.body}"[:RERANK_DOC_CHARS] for a in candidates]
        if not self.fits_rerank_budget(query, docs):
            logger.info("rerank budget exceeded, returning vector order")
            return candidates[:top_k]

        loop = asyncio.get_running_loop()
        reranked = await loop.run_in_executor(
            None,
            partial(self._voyage.rerank, query, docs, model=self._rerank_model, top_k=top_k),
        )
        out = []
        for r in reranked.results:
            article = candidates[r.index]
            article.score = r.relevance_score
            out.append(article)
        return out
