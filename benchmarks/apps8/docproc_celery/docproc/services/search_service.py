import logging
from typing import List, Optional

from docproc.db import SessionLocal
from docproc.models import DocumentChunk
from docproc.schemas import SearchHit
from docproc.services.embedding_service import EmbeddingService
from docproc.services.rerank_service import Reranker, get_reranker

logger = logging.getLogger(__name__)

CANDIDATES = 60


class SearchService:
    def __init__(self, embedder: Optional[EmbeddingService] = None, reranker: Optional[Reranker] = None):
        self.embedder = embedder or EmbeddingService()
        self.reranker = reranker or get_reranker()

    def search(self, query: str, *, matter_id: int, top_k: int = 10, rerank: bool = True) -> List[SearchHit]:
        vector = self.embedder.embed_query(query)
        with SessionLocal() as session:
            candidates = DocumentChunk.nearest(session, vector, matter_id=matter_id, limit=CANDIDATES)
            if not candidates:
                return []
            if rerank:
                ranked = self.reranker.rerank(query, [c.text for c in candidates], top_k=top_k)
                ordered = [(candidates[r.index], r.score) for r in ranked]
            else:
                ordered = [(c, 1.0) for c in candidates[:top_k]]
            return [
                SearchHit(
                    chunk_id=chunk.id,
                    document_id=chunk.document_id,
                    filename=chunk.document.filename,
                    text=chunk.text,
                    score=score,
                )
                for chunk, score in ordered
            ]
