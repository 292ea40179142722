"""Knowledge-base articles and their vectors (pgvector).

Vectors are being moved from Azure ``text-embedding-3-small`` (1536 dims, column
``embedding``) to Voyage (1024 dims, column ``embedding_v2``). Until the backfill finishes,
``reembed_legacy`` keeps the old column fresh for articles edited in the CMS.
"""
import logging
from contextlib import AbstractAsyncContextManager
from typing import Callable, List, Sequence

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.schemas import KBArticle

logger = logging.getLogger(__name__)


class KBRepository:
    def __init__(
        self,
        session_factory: Callable[..., AbstractAsyncContextManager[AsyncSession]],
        legacy_embedder=None,
        legacy_embedding_deployment: str = "text-embedding-3-small",
    ) -> None:
        self._session_factory = session_factory
        self._embedder = legacy_embedder
        self._embedding_deployment = legacy_embedding_deployment

    async def nearest(self, vector: Sequence[float], top_k: int = 20,
                      locale: str = "en") -> List[KBArticle]:
        async with self._session_factory() as session:
            rows = (
                await session.execute(
                    text(
                        "SELECT id, title, body, url, locale, "
                        "1 - (embedding_v2 <=> CAST(:v AS vector)) AS score "
                        "FROM kb.articles WHERE locale = :loc AND embedding_v2 IS NOT NULL "
                        "ORDER BY embedding_v2 <=> CAST(:v AS vector) LIMIT :k"
                    ),
                    {"v": list(vector), "loc": locale, "k": top_k},
                )
            ).mappings().all()
        return [KBArticle(**r) for r in rows]

    async def nearest_images(self, vector: Sequence[float], top_k: int = 5) -> List[KBArticle]:
        """Articles whose screenshots look like the given image (voyage-multimodal-3 space)."""
        async with self._session_factory() as session:
            rows = (
                await session.execute(
                    text(
                        "SELECT a.id, a.title, a.body, a.url, a.locale, "
                        "1 - (i.embedding <=> CAST(:v AS vector)) AS score "
                        "FROM kb.article_images i JOIN kb.articles a ON a.id = i.article_id "
                        "ORDER BY i.embedding <=> CAST(:v AS vector) LIMIT :k"
                    ),
                    {"v": list(vector), "k": top_k},
                )
            ).mappings().all()
        return [KBArticle(**r) for r in rows]

    async def articles_missing_v2(self, limit: int = 256) -> List[KBArticle]:
        async with self._session_factory() as session:
            rows = (
                await session.execute(
                    text(
                        "SELECT id, title, body, url, locale FROM kb.articles "
                        "WHERE embedding_v2 IS NULL ORDER BY updated_at DESC LIMIT :lim"
                    ),
                    {"lim": limit},
                )
            ).mappings().all()
        return [KBArticle(**r) for r in rows]

    async def store_vectors(self, ids: Sequence[str], vectors: Sequence[Sequence[float]],
                            column: str = "embedding_v2") -> None:
        if column not in ("embedding", "embedding_v2"):
            raise ValueError(column)
        async with self._session_factory() as session:
            for article_id, vec in zip(ids, vectors):
                await session.execute(
                    text(f"UPDATE kb.articles SET {column} = CAST(:v AS vector) WHERE id = :id"),
                    {"v": list(vec), "id": article_id},
                )
            await session.commit()

    async def reembed_legacy(self, articles: Sequence[KBArticle]) -> int:
        if self._embedder is None or not articles:
            return 0
        texts = [f"{a.title}\n\n{a.body}"[:8000] for a in articles]
        resp = self._embedder.embeddings.create(
            model=self._embedding_deployment,
            input=texts,
        )
        vectors = [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]
        await self.store_vectors([a.id for a in articles], vectors, column="embedding")
        logger.info("re-embedded %d articles into legacy column", len(articles))
        return len(articles)
