"""Semantic search over knowledge-base chunks."""
import math
from dataclasses import dataclass
from typing import List, Optional

import voyageai
from asgiref.sync import sync_to_async
from django.conf import settings

from core.services.llm_usage_tracker import llm_tracker

from . import clients
from .embeddings import embed_query
from .models import ArticleChunk

_async_voyage: Optional[voyageai.AsyncClient] = None


def _get_async_voyage() -> voyageai.AsyncClient:
    global _async_voyage
    if _async_voyage is None:
        _async_voyage = voyageai.AsyncClient(api_key=settings.VOYAGE_API_KEY, max_retries=2)
    return _async_voyage


@dataclass
class Hit:
    chunk_id: int
    article_id: int
    text: str
    score: float


def _cosine(a: List[float], b: List[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def _candidates(vector: List[float], limit: int) -> List[Hit]:
    rows = ArticleChunk.objects.filter(
        article__published=True, embedding_model=settings.VOYAGE_EMBED_MODEL
    ).values_list("id", "article_id", "text", "embedding")
    scored = [Hit(cid, aid, text, _cosine(vector, emb)) for cid, aid, text, emb in rows if emb]
    scored.sort(key=lambda h: h.score, reverse=True)
    return scored[:limit]


def rerank(query: str, hits: List[Hit], top_k: int = 5) -> List[Hit]:
    if not hits:
        return []
    reranked = clients.voyage.rerank(
        query=query,
        documents=[h.text for h in hits],
        model=settings.VOYAGE_RERANK_MODEL,
        top_k=top_k,
    )
    return [
        Hit(hits[r.index].chunk_id, hits[r.index].article_id, r.document, r.relevance_score)
        for r in reranked.results
    ]


def search(query: str, top_k: int = 5) -> List[Hit]:
    candidates = _candidates(embed_query(query), limit=40)
    return rerank(query, candidates, top_k=top_k)


async def asearch(query: str, top_k: int = 5) -> List[Hit]:
    """Async variant for the assistant's websocket consumer."""
    voyage = _get_async_voyage()
    embedded = await voyage.embed([query], model=settings.VOYAGE_EMBED_MODEL, input_type="query")
    candidates = await sync_to_async(_candidates)(embedded.embeddings[0], 40)
    if not candidates:
        return []
    async with llm_tracker.track_llm_call(
        provider="voyage", model=settings.VOYAGE_RERANK_MODEL, feature_context="kb_search_rerank"
    ) as usage_log:
        reranked = await voyage.rerank(
            query, [c.text for c in candidates], model=settings.VOYAGE_RERANK_MODEL, top_k=top_k
        )
        usage_log.input_tokens = reranked.total_tokens
        usage_log.output_tokens = 0
    return [
        Hit(candidates[r.index].chunk_id, candidates[r.index].article_id, r.document, r.relevance_score)
        for r in reranked.results
    ]
