"""Per-request DataLoaders (aiodataloader)."""
from __future__ import annotations

from aiodataloader import DataLoader

from kb_api.db import Database
from kb_api.services.embeddings import EmbeddingService
from kb_api.services.summarizer import Summarizer


class ArticleLoader(DataLoader):
    def __init__(self, db: Database):
        super().__init__()
        self.db = db

    async def batch_load_fn(self, keys):
        return await self.db.articles.get_many(keys)


class SpaceLoader(DataLoader):
    def __init__(self, db: Database):
        super().__init__()
        self.db = db

    async def batch_load_fn(self, keys):
        return await self.db.spaces.get_many(keys)


class UserLoader(DataLoader):
    def __init__(self, db: Database):
        super().__init__()
        self.db = db

    async def batch_load_fn(self, keys):
        return await self.db.users.get_many(keys)


class SummaryLoader(DataLoader):
    """Summaries that are not cached on the row yet are produced on demand."""

    def __init__(self, db: Database, summarizer: Summarizer):
        super().__init__(max_batch_size=8)
        self.db = db
        self.summarizer = summarizer

    async def batch_load_fn(self, keys):
        articles = await self.db.articles.get_many(keys)
        missing = [a for a in articles if a is not None and not a.summary]
        if missing:
            fresh = await self.summarizer.summarize_many(missing)
            for article, text in zip(missing, fresh):
                if text:
                    article.summary = text
                    await self.db.articles.update(article.id, summary=text)
        return [a.summary if a else None for a in articles]


class EmbeddingLoader(DataLoader):
    """Batches query embeddings when several search fields appear in one document."""

    def __init__(self, openai_client, model: str):
        super().__init__(max_batch_size=64)
        self.client = openai_client
        self.model = model

    async def batch_load_fn(self, texts):
        response = await self.client.embeddings.create(model=self.model, input=list(texts))
        ordered = sorted(response.data, key=lambda d: d.index)
        return [d.embedding for d in ordered]


def build_loaders(db: Database, summarizer: Summarizer, embeddings: EmbeddingService) -> dict[str, DataLoader]:
    return {
        "article": ArticleLoader(db),
        "space": SpaceLoader(db),
        "user": UserLoader(db),
        "summary": SummaryLoader(db, summarizer),
        "query_embedding": EmbeddingLoader(embeddings._client, embeddings.model),
    }
