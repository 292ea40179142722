"""Knowledge-base search: Voyage embeddings for recall, Cohere rerank for precision."""

from __future__ import annotations

import logging

import cohere
import voyageai

from supportdesk.config import get_settings
from supportdesk.repositories.kb_articles import KBArticleRepository
from supportdesk.schemas import SearchHit
from supportdesk.utils import truncate

logger = logging.getLogger(__name__)


class KBSearchService:
    def __init__(
        self,
        voyage: voyageai.Client,
        reranker: cohere.ClientV2,
        articles: KBArticleRepository | None = None,
    ) -> None:
        self.voyage = voyage
        self.reranker = reranker
        self.articles = articles or KBArticleRepository()
        settings = get_settings()
        self.embed_model = settings.embed_model
        self.rerank_model = settings.rerank_model
        self.top_k = settings.kb_top_k

    def embed_query(self, query: str) -> list[float]:
        result = self.voyage.embed([query], model=self.embed_model, input_type="query")
        return result.embeddings[0]

    def search(self, query: str, top_k: int | None = None) -> list[SearchHit]:
        top_k = top_k or self.top_k
        candidates = self.articles.nearest(self.embed_query(query), k=max(top_k * 4, 20))
        if not candidates:
            return []
        docs = [truncate(f"{a.title}\n{a.body}", 3000) for a, _ in candidates]
        reranked = self.reranker.rerank(
            model=self.rerank_model,
            query=query,
            documents=docs,
            top_n=top_k,
        )
        hits = []
        for item in reranked.results:
            article, _ = candidates[item.index]
            hits.append(
                SearchHit(
                    article_id=article.id,
                    title=article.title,
                    score=item.relevance_score,
                    snippet=truncate(article.body, 800),
                )
            )
        return hits

    def search_without_rerank(self, query: str, top_k: int = 5) -> list[SearchHit]:
        """Fallback used when cohere is rate-limiting us."""
        return [
            SearchHit(article_id=a.id, title=a.title, score=s, snippet=truncate(a.body, 800))
            for a, s in self.articles.nearest(self.embed_query(query), k=top_k)
        ]

    def voyage_rerank(self, query: str, docs: list[str], top_k: int = 5) -> list[int]:
        """Experimental: Voyage's own reranker, compared against Cohere in scripts/eval."""
        out = self.voyage.rerank(query, docs, model="rerank-2", top_k=top_k)
        return [r.index for r in out.results]

    def query_token_count(self, query: str) -> int:
        return self.voyage.count_tokens([query], model=self.embed_model)
