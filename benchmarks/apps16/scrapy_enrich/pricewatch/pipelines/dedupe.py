"""Flags listings that are the same product as one we already track.

Candidates come from pgvector (nearest neighbours on the title embedding); the
Together reranker then scores them against the new listing.
"""
import logging
import os

from itemadapter import ItemAdapter
from sqlalchemy import create_engine, text
from together import Together

from pricewatch.config import DATABASE_URL
from pricewatch.items import ProductItem

logger = logging.getLogger(__name__)

CANDIDATES_SQL = text(
    """
    SELECT p.retailer, p.sku, p.title, p.brand
    FROM product_embeddings e
    JOIN products p ON p.retailer = e.retailer AND p.sku = e.sku
    WHERE e.model = :model AND NOT (p.retailer = :retailer AND p.sku = :sku)
    ORDER BY e.embedding <=> CAST(:vector AS vector)
    LIMIT 20
    """
)


class DuplicateListingPipeline:
    def __init__(self, rerank_model, threshold, embedding_model, stats):
        self.rerank_model = rerank_model
        self.threshold = threshold
        self.embedding_model = embedding_model
        self.stats = stats
        self.engine = None
        self.together = Together(api_key=os.environ["TOGETHER_API_KEY"])

    @classmethod
    def from_crawler(cls, crawler):
        return cls(
            rerank_model=crawler.settings.get("PRICEWATCH_RERANK_MODEL"),
            threshold=crawler.settings.getfloat("PRICEWATCH_DEDUPE_THRESHOLD", 0.8),
            embedding_model=crawler.settings.get("PRICEWATCH_EMBEDDING_MODEL"),
            stats=crawler.stats,
        )

    def open_spider(self, spider):
        self.engine = create_engine(DATABASE_URL, pool_size=2, pool_pre_ping=True)

    def close_spider(self, spider):
        if self.engine is not None:
            self.engine.dispose()

    def process_item(self, item, spider):
        if not isinstance(item, ProductItem):
            return item
        adapter = ItemAdapter(item)
        if not adapter.get("embedding"):
            return item

        with self.engine.connect() as conn:
            rows = conn.execute(
                CANDIDATES_SQL,
                {
                    "model": self.embedding_model,
                    "retailer": adapter["retailer"],
                    "sku": adapter["sku"],
                    "vector": str(adapter["embedding"]),
                },
            ).fetchall()
        if not rows:
            return item

        documents = [f"{r.brand or ''} {r.title}".strip() for r in rows]
        query = f"{adapter.get('brand') or ''} {adapter.get('title_en') or adapter['title']}".strip()
        ranked = self.together.rerank.create(
            model=self.rerank_model,
            query=query,
            documents=documents,
            top_n=1,
        )
        best = ranked.results[0] if ranked.results else None
        if best is not None and best.relevance_score >= self.threshold:
            match = rows[best.index]
            adapter["duplicate_of"] = f"{match.retailer}:{match.sku}"
            self.stats.inc_value("pricewatch/dedupe/matched")
        return item
