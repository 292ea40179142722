from __future__ import annotations

import json
import math

from supportdesk.repositories.db import connection, transaction
from supportdesk.schemas import KBArticle


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class KBArticleRepository:
    def upsert(self, article: KBArticle) -> None:
        emb = json.dumps(article.embedding) if article.embedding is not None else None
        with transaction() as cur:
            cur.execute(
                "INSERT OR REPLACE INTO kb_articles (id, title, body, url, embedding) VALUES (?, ?, ?, ?, ?)",
                (article.id, article.title, article.body, article.url, emb),
            )

    def set_embedding(self, article_id: int, embedding: list[float]) -> None:
        with transaction() as cur:
            cur.execute(
                "UPDATE kb_articles SET embedding = ? WHERE id = ?", (json.dumps(embedding), article_id)
            )

    def all(self) -> list[KBArticle]:
        rows = connection().execute("SELECT * FROM kb_articles").fetchall()
        return [
            KBArticle(
                id=r["id"],
                title=r["title"],
                body=r["body"],
                url=r["url"],
                embedding=json.loads(r["embedding"]) if r["embedding"] else None,
            )
            for r in rows
        ]

    def missing_embeddings(self) -> list[KBArticle]:
        return [a for a in self.all() if a.embedding is None]

    def get_many(self, ids: list[int]) -> list[KBArticle]:
        wanted = set(ids)
        return [a for a in self.all() if a.id in wanted]

    def nearest(self, query_vec: list[float], k: int = 20) -> list[tuple[KBArticle, float]]:
        scored = [
            (a, _cosine(query_vec, a.embedding)) for a in self.all() if a.embedding is not None
        ]
        scored.sort(key=lambda pair: pair[1], reverse=True)
        return scored[:k]
