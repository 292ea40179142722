"""Semantic search over a tenant's documents: vector recall + Voyage rerank."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from google.genai import types
from sqlmodel import Session

from app import crud
from app.core.config import settings
from app.services.ai_clients import get_async_voyage, get_genai
from app.services.embeddings import embedding_service

logger = logging.getLogger(__name__)

RECALL_K = 40

_REWRITE_INSTRUCTIONS = """Rewrite the user's search query into a short English
search query for a document index. Keep product names, invoice numbers and
people's names unchanged. Return only the rewritten query."""


@dataclass
class SearchHit:
    document_id: uuid.UUID
    chunk_id: uuid.UUID
    snippet: str
    score: float


class SearchService:
    def __init__(self) -> None:
        self._voyage = get_async_voyage()
        self._genai = get_genai()

    async def _rewrite_query(self, query: str, language: str) -> str:
        if language == "en":
            return query
        response = await self._genai.aio.models.generate_content(
            model=settings.GEMINI_FLASH_MODEL,
            contents=query,
            config=types.GenerateContentConfig(
                system_instruction=_REWRITE_INSTRUCTIONS,
                temperature=0.0,
                max_output_tokens=64,
            ),
        )
        rewritten = (response.text or "").strip()
        return rewritten or query

    async def search(
        self,
        session: Session,
        *,
        tenant_id: uuid.UUID,
        query: str,
        language: str = "en",
        top_k: int = 8,
    ) -> list[SearchHit]:
        q = await self._rewrite_query(query, language)
        qvec = await embedding_service.embed_query(q)
        candidates = crud.documents.nearest_chunks(
            session=session, tenant_id=tenant_id, query_vec=qvec, limit=RECALL_K
        )
        if not candidates:
            return []

        reranked = await self._voyage.rerank(
            q,
            documents=[c.content for c in candidates],
            model=settings.VOYAGE_RERANK_MODEL,
            top_k=top_k,
        )
        hits = []
        for r in reranked.results:
            chunk = candidates[r.index]
            hits.append(
                SearchHit(
                    document_id=chunk.document_id,
                    chunk_id=chunk.id,
                    snippet=chunk.content[:400],
                    score=r.relevance_score,
                )
            )
        return hits


search_service = SearchService()
