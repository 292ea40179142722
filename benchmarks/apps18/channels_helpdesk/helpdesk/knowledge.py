"""Knowledge base: chunking articles and a very small vector search over ArticleChunk.embedding.

The JSON-embedding search is good enough for ~20k chunks. TODO: pgvector.
"""
from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass

from asgiref.sync import sync_to_async
from django.core.cache import cache

from helpdesk.clients import get_router

logger = logging.getLogger("helpdesk.kb")

HEADING_RE = re.compile(r"^#{1,6}\s", re.M)


def split_markdown(body: str, max_chars: int = 1500, overlap: int = 200) -> list[str]:
    sections = HEADING_RE.split(body)
    chunks: list[str] = []
    for section in sections:
        section = section.strip()
        if not section:
            continue
        if len(section) <= max_chars:
            chunks.append(section)
            continue
        start = 0
        while start < len(section):
            end = min(start + max_chars, len(section))
            # try to end on a paragraph boundary
            para = section.rfind("\n\n", start, end)
            if para > start + max_chars // 2:
                end = para
            chunks.append(section[start:end].strip())
            if end >= len(section):
                break
            start = max(end - overlap, start + 1)
    return [c for c in chunks if len(c) > 40]


def rebuild_chunks(article) -> int:
    from helpdesk.models import ArticleChunk

    article.chunks.all().delete()
    parts = split_markdown(article.body)
    ArticleChunk.objects.bulk_create(
        [ArticleChunk(article=article, position=i, text=t) for i, t in enumerate(parts)]
    )
    return len(parts)


EMBED_ALIAS = "support-embed"


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@dataclass
class Hit:
    chunk_id: int
    article_title: str
    text: str
    score: float


class Retriever:
    def __init__(self, top_k: int = 4, min_score: float = 0.25, router=None):
        self.top_k = top_k
        self.min_score = min_score
        self.router = router or get_router()

    async def embed_query(self, query: str) -> list[float]:
        key = f"kbq:{hash(query)}"
        cached = await cache.aget(key)
        if cached:
            return cached
        resp = await self.router.aembedding(model=EMBED_ALIAS, input=[query])
        vec = resp.data[0]["embedding"]
        await cache.aset(key, vec, 3600)
        return vec

    @sync_to_async
    def _load_chunks(self, locale: str):
        from helpdesk.models import ArticleChunk

        return list(
            ArticleChunk.objects.filter(article__published=True, article__locale=locale, embedding__isnull=False)
            .select_related("article")
            .only("id", "text", "embedding", "article__title")
        )

    async def search(self, query: str, locale: str = "en") -> list[Hit]:
        qvec = await self.embed_query(query)
        chunks = await self._load_chunks(locale)
        scored = [
            Hit(c.id, c.article.title, c.text, cosine(qvec, c.embedding))
            for c in chunks
        ]
        scored.sort(key=lambda h: h.score, reverse=True)
        hits = [h for h in scored[: self.top_k] if h.score >= self.min_score]
        logger.debug("kb search %r -> %d hits", query[:60], len(hits))
        return hits
