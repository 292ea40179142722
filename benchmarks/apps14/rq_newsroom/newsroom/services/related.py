"""Related-article search over the archive (pgvector) and passage lookup for fact-checks."""
import logging
import os

from sqlalchemy import select
from together import Together

from newsroom.extensions import db
from newsroom.models import Article
from newsroom.utils.text import split_passages

log = logging.getLogger(__name__)

EMBED_MODEL = "BAAI/bge-large-en-v1.5"


class RelatedArticles:
    def __init__(self, api_key=None):
        self.client = Together(api_key=api_key or os.environ.get("TOGETHER_API_KEY"))

    def embed(self, texts):
        resp = self.client.embeddings.create(model=EMBED_MODEL, input=texts)
        return [d.embedding for d in resp.data]

    def for_article(self, article, k=5):
        if article.embedding is None:
            article.embedding = self.embed([article.plain_text(limit=4000)])[0]
            db.session.commit()
        distance = Article.embedding.cosine_distance(article.embedding)
        stmt = (
            select(Article)
            .where(Article.id != article.id, Article.status == "published", Article.embedding.isnot(None))
            .order_by(distance)
            .limit(k)
        )
        return list(db.session.scalars(stmt))

    def search_passages(self, query, k=25, exclude_article_id=None):
        query_vec = self.embed([query])[0]
        distance = Article.embedding.cosine_distance(query_vec)
        stmt = select(Article).where(Article.status == "published", Article.embedding.isnot(None))
        if exclude_article_id is not None:
            stmt = stmt.where(Article.id != exclude_article_id)
        articles = db.session.scalars(stmt.order_by(distance).limit(max(3, k // 5))).all()
        passages = []
        for art in articles:
            for i, passage in enumerate(split_passages(art.body, max_chars=800)):
                passages.append({"id": f"a{art.id}p{i}", "source": art.slug, "text": passage})
        return passages[:k]
