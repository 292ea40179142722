"""Persists snapshots to Postgres and archives the raw item JSON to S3."""
from __future__ import annotations

import gzip
import json
import logging
from datetime import datetime, timezone
from decimal import Decimal

import boto3
from itemadapter import ItemAdapter
from sqlalchemy import JSON, Column, DateTime, Integer, Numeric, String, create_engine, text
from sqlalchemy.orm import declarative_base, sessionmaker

from pricewatch.config import AWS_REGION, DATABASE_URL, S3_BUCKET
from pricewatch.items import FlyerPageItem, ProductItem

logger = logging.getLogger(__name__)

Base = declarative_base()


class ProductSnapshot(Base):
    __tablename__ = "product_snapshots"

    id = Column(Integer, primary_key=True)
    retailer = Column(String(64), index=True, nullable=False)
    sku = Column(String(128), index=True, nullable=False)
    url = Column(String(2048))
    title = Column(String(1024))
    brand = Column(String(256))
    category = Column(String(64))
    price = Column(Numeric(12, 2))
    list_price = Column(Numeric(12, 2))
    currency = Column(String(3))
    attributes = Column(JSON)
    summary = Column(String(2048))
    duplicate_of = Column(String(256))
    scraped_at = Column(DateTime(timezone=True))


class Promotion(Base):
    __tablename__ = "flyer_promotions"

    id = Column(Integer, primary_key=True)
    retailer = Column(String(64), index=True)
    flyer_id = Column(String(128))
    page = Column(Integer)
    payload = Column(JSON)


class SnapshotRepository:
    def __init__(self, session_factory):
        self._session_factory = session_factory

    def create(self, **fields) -> ProductSnapshot:
        with self._session_factory() as session, session.begin():
            snapshot = ProductSnapshot(**fields)
            session.add(snapshot)
        return snapshot

    def upsert_embedding(self, retailer: str, sku: str, model: str, vector) -> None:
        with self._session_factory() as session, session.begin():
            session.execute(
                _UPSERT_EMBEDDING,
                {"retailer": retailer, "sku": sku, "model": model, "vector": str(vector)},
            )


_UPSERT_EMBEDDING = text(
    """
    INSERT INTO product_embeddings (retailer, sku, model, embedding, updated_at)
    VALUES (:retailer, :sku, :model, CAST(:vector AS vector), now())
    ON CONFLICT (retailer, sku, model) DO UPDATE
      SET embedding = EXCLUDED.embedding, updated_at = now()
    """
)


def _json_default(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return None
    raise TypeError(type(value))


class PostgresStoragePipeline:
    def __init__(self, embedding_model: str):
        self.embedding_model = embedding_model
        self.repo = None
        self.s3 = None
        self.session_factory = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("PRICEWATCH_EMBEDDING_MODEL"))

    def open_spider(self, spider):
        engine = create_engine(DATABASE_URL, pool_size=5, pool_pre_ping=True)
        self.session_factory = sessionmaker(bind=engine, expire_on_commit=False)
        self.repo = SnapshotRepository(self.session_factory)
        self.s3 = boto3.client("s3", region_name=AWS_REGION)

    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        if isinstance(item, FlyerPageItem):
            self._store_promotions(adapter)
            return item
        if not isinstance(item, ProductItem):
            return item

        self.repo.create(
            retailer=adapter["retailer"],
            sku=adapter["sku"],
            url=adapter["url"],
            title=adapter["title"],
            brand=adapter.get("brand"),
            category=adapter.get("category"),
            price=adapter.get("price"),
            list_price=adapter.get("list_price"),
            currency=adapter.get("currency"),
            attributes=adapter.get("attributes"),
            summary=adapter.get("summary"),
            duplicate_of=adapter.get("duplicate_of"),
            scraped_at=adapter.get("scraped_at"),
        )
        if adapter.get("embedding"):
            self.repo.upsert_embedding(adapter["retailer"], adapter["sku"], self.embedding_model, adapter["embedding"])

        self._archive(adapter, spider.name)
        return item

    def _store_promotions(self, adapter: ItemAdapter) -> None:
        with self.session_factory() as session, session.begin():
            for promo in adapter.get("promotions") or []:
                session.add(
                    Promotion(
                        retailer=adapter["retailer"],
                        flyer_id=adapter["flyer_id"],
                        page=adapter.get("page"),
                        payload=promo,
                    )
                )

    def _archive(self, adapter: ItemAdapter, spider_name: str) -> None:
        day = datetime.now(timezone.utc).strftime("%Y/%m/%d")
        key = f"items/{spider_name}/{day}/{adapter['retailer']}/{adapter['sku']}.json.gz"
        payload = {k: v for k, v in adapter.items() if k != "embedding"}
        try:
            self.s3.put_object(
                Bucket=S3_BUCKET,
                Key=key,
                Body=gzip.compress(json.dumps(payload, default=_json_default).encode("utf-8")),
                ContentType="application/json",
                ContentEncoding="gzip",
            )
        except Exception:  # noqa: BLE001 - the archive is best-effort
            logger.exception("failed to archive %s", key)
