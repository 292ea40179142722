from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import text as sql_text
from sqlmodel import Session

from app.core.config import settings
from app.models import SearchHit
from app.services.ai_clients import get_async_voyage
from app.services.embeddings import get_embedder

logger = logging.getLogger(__name__)

_VECTOR_SQL = sql_text(
    """
    SELECT c.id AS chunk_id, c.document_id, d.title, c.text,
           1 - (c.embedding <=> CAST(:qvec AS vector)) AS score
    FROM document_chunk c
    JOIN document d ON d.id = c.document_id
    WHERE c.tenant_id = :tenant_id
      AND c.embedding_model = :model
    ORDER BY c.embedding <=> CAST(:qvec AS vector)
    LIMIT :k
    """
)


@dataclass
class _Candidate:
    chunk_id: uuid.UUID
    document_id: uuid.UUID
    title: str
    text: str
    score: float


class SemanticSearch:
    def __init__(self, session: Session, tenant_id: uuid.UUID, embedding_model: str | None = None) -> None:
        self.session = session
        self.tenant_id = tenant_id
        self.embedder = get_embedder(embedding_model)
        self.voyage = get_async_voyage()

    async def _vector_candidates(self, query: str, k: int) -> list[_Candidate]:
        qvec = await self.embedder.embed_query(query)
        rows = self.session.execute(
            _VECTOR_SQL,
            {
                "qvec": str(qvec),
                "tenant_id": self.tenant_id,
                "model": self.embedder.model_name,
                "k": k,
            },
        ).mappings()
        return [_Candidate(**row) for row in rows]

    async def search(self, query: str, *, limit: int = 10, rerank: bool = True) -> list[SearchHit]:
        candidates = await self._vector_candidates(query, k=max(limit * 5, 50))
        if not candidates:
            return []

        if rerank and len(candidates) > 1:
            reranking = await self.voyage.rerank(
                query,
                [c.text for c in candidates],
                model=settings.VOYAGE_RERANK_MODEL,
                top_k=limit,
            )
            ordered = [(candidates[r.index], r.relevance_score) for r in reranking.results]
        else:
            ordered = [(c, c.score) for c in candidates[:limit]]

        return [
            SearchHit(
                document_id=c.document_id,
                chunk_id=c.chunk_id,
                title=c.title,
                snippet=c.text[:300],
                score=float(score),
            )
            for c, score in ordered
        ]
