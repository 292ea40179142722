from __future__ import annotations

from typing import TYPE_CHECKING

from kb_api.models import SearchHit
from kb_api.settings import get_settings

if TYPE_CHECKING:
    import cohere


async def rerank_articles(
    co: "cohere.AsyncClientV2", query: str, hits: list[SearchHit], top_n: int = 10
) -> list[SearchHit]:
    if len(hits) <= 1:
        return hits
    documents = [f"{h.article.title}\n{h.article.body[:2000]}" for h in hits]
    result = await co.rerank(
        model=get_settings().cohere_rerank_model,
        query=query,
        documents=documents,
        top_n=min(top_n, len(documents)),
    )
    reranked = []
    for r in result.results:
        hit = hits[r.index]
        reranked.append(SearchHit(article=hit.article, score=r.relevance_score, snippet=hit.snippet))
    return reranked
