from __future__ import annotations

import logging
from typing import List
from uuid import UUID

from litestar import Controller, get
from litestar.params import Parameter

from app.config import get_settings
from app.db.repositories import ChunkRepository
from app.schemas import SearchHit

logger = logging.getLogger(__name__)


class SearchController(Controller):
    path = "/matters/{matter_id:uuid}/search"
    tags = ["search"]

    @get("/")
    async def search(
        self,
        matter_id: UUID,
        voyage,
        chunk_repo: ChunkRepository,
        q: str = Parameter(min_length=2, max_length=1000),
        limit: int = Parameter(default=10, le=50),
        rerank: bool = True,
    ) -> List[SearchHit]:
        settings = get_settings()
        embedded = await voyage.embed([q], model=settings.voyage_embed_model, input_type="query")
        candidates = await chunk_repo.nearest(matter_id, embedded.embeddings[0], limit=limit * 4 if rerank else limit)
        if not candidates:
            return []

        if not rerank:
            return [SearchHit(chunk_id=c.id, document_id=c.document_id, text=c.text, score=0.0) for c in candidates]

        reranked = await voyage.rerank(
            query=q,
            documents=[c.text for c in candidates],
            model=settings.voyage_rerank_model,
            top_k=limit,
        )
        logger.debug("search q=%r rerank tokens=%d", q, reranked.total_tokens)
        return [
            SearchHit(
                chunk_id=candidates[r.index].id,
                document_id=candidates[r.index].document_id,
                text=r.document,
                score=r.relevance_score,
            )
            for r in reranked.results
        ]
