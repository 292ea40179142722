"""Chunk retrieval for contract / claim Q&A."""
import logging
from dataclasses import dataclass
from typing import List, Optional, Sequence

from sqlalchemy import text as sql

from docintel.core.clients import vo
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.services.embeddings import embed_query

log = logging.getLogger(__name__)


@dataclass
class RetrievedChunk:
    chunk_id: int
    document_id: str
    text: str
    score: float


_KNN_SQL = sql(
    """
    SELECT c.id, c.document_id, c.text, 1 - (c.vector <=> CAST(:qvec AS vector)) AS score
    FROM chunks c
    JOIN documents d ON d.id = c.document_id
    WHERE d.tenant_id = :tenant_id
      AND (:document_id IS NULL OR c.document_id = :document_id)
    ORDER BY c.vector <=> CAST(:qvec AS vector)
    LIMIT :k
    """
)


def knn(query: str, tenant_id: str, document_id: Optional[str] = None, k: int = 40,
        doc_type: str = "contract") -> List[RetrievedChunk]:
    qvec = embed_query(query, doc_type=doc_type)
    with session_scope() as session:
        rows = session.execute(
            _KNN_SQL, {"qvec": str(qvec), "tenant_id": tenant_id, "document_id": document_id, "k": k}
        ).all()
    return [RetrievedChunk(r[0], r[1], r[2], float(r[3])) for r in rows]


def rerank(query: str, candidates: Sequence[RetrievedChunk], top_k: int = 8) -> List[RetrievedChunk]:
    if not candidates:
        return []
    reranked = vo.rerank(
        query,
        [c.text for c in candidates],
        model=settings.voyage_rerank_model,
        top_k=top_k,
    )
    out = []
    for r in reranked.results:
        c = candidates[r.index]
        out.append(RetrievedChunk(c.chunk_id, c.document_id, c.text, r.relevance_score))
    log.debug("reranked %d -> %d (tokens=%s)", len(candidates), len(out), reranked.total_tokens)
    return out


def retrieve(query: str, tenant_id: str, document_id: Optional[str] = None, top_k: int = 8) -> List[RetrievedChunk]:
    return rerank(query, knn(query, tenant_id, document_id=document_id), top_k=top_k)
