"""Thin data-access layer over the catalogue Postgres database."""
import json
from typing import Iterable, List, Optional

from airflow.providers.postgres.hooks.postgres import PostgresHook

from include.catalogue.models import GeneratedDescription, Product, Review
from include.config import settings


class CatalogueRepository:
    def __init__(self, conn_id: Optional[str] = None):
        self._hook = PostgresHook(postgres_conn_id=conn_id or settings.catalogue_conn_id)

    def products_missing_attributes(self, limit: int = 500) -> List[Product]:
        rows = self._hook.get_records(
            """
            SELECT sku, title, brand, category, supplier_text, attributes
              FROM catalogue.products
             WHERE attributes_enriched_at IS NULL AND supplier_text <> ''
             ORDER BY updated_at DESC
             LIMIT %s
            """,
            parameters=(limit,),
        )
        cols = ["sku", "title", "brand", "category", "supplier_text", "attributes"]
        return [Product.from_row(dict(zip(cols, r))) for r in rows]

    def products_without_description(self, limit: int = 200) -> List[Product]:
        rows = self._hook.get_records(
            """
            SELECT sku, title, brand, category, attributes
              FROM catalogue.products
             WHERE description IS NULL OR description = ''
             LIMIT %s
            """,
            parameters=(limit,),
        )
        cols = ["sku", "title", "brand", "category", "attributes"]
        return [Product.from_row(dict(zip(cols, r))) for r in rows]

    def products_by_sku(self, skus: Iterable[str]) -> List[Product]:
        rows = self._hook.get_records(
            "SELECT sku, title, brand, category, attributes, description "
            "FROM catalogue.products WHERE sku = ANY(%s)",
            parameters=(list(skus),),
        )
        cols = ["sku", "title", "brand", "category", "attributes", "description"]
        return [Product.from_row(dict(zip(cols, r))) for r in rows]

    def reviews_for(self, sku: str, limit: int = 100) -> List[Review]:
        rows = self._hook.get_records(
            "SELECT review_id, sku, rating, body FROM catalogue.reviews "
            "WHERE sku = %s ORDER BY created_at DESC LIMIT %s",
            parameters=(sku, limit),
        )
        return [Review(*r) for r in rows]

    def save_attributes(self, sku: str, attributes: dict) -> None:
        self._hook.run(
            "UPDATE catalogue.products SET attributes = %s, attributes_enriched_at = now() "
            "WHERE sku = %s",
            parameters=(json.dumps(attributes), sku),
        )

    def save_category(self, sku: str, category_id: str, confidence: float) -> None:
        self._hook.run(
            "UPDATE catalogue.products SET category_id = %s, category_confidence = %s "
            "WHERE sku = %s",
            parameters=(category_id, confidence, sku),
        )

    def create(self, description: GeneratedDescription) -> None:
        """Insert a generated description (kept as a draft until merchandising approves)."""
        self._hook.run(
            """
            INSERT INTO catalogue.generated_descriptions
                (sku, locale, body, model, provider, created_at, status)
            VALUES (%s, %s, %s, %s, %s, %s, 'draft')
            ON CONFLICT (sku, locale) DO UPDATE SET body = EXCLUDED.body,
                model = EXCLUDED.model, provider = EXCLUDED.provider
            """,
            parameters=(
                description.sku,
                description.locale,
                description.text,
                description.model,
                description.provider,
                description.created_at,
            ),
        )

    def save_summary(self, sku: str, summary: str) -> None:
        self._hook.run(
            "INSERT INTO catalogue.review_summaries (sku, summary) VALUES (%s, %s) "
            "ON CONFLICT (sku) DO UPDATE SET summary = EXCLUDED.summary",
            parameters=(sku, summary),
        )

    def upsert_embeddings(self, table: str, rows: List[tuple]) -> None:
        self._hook.insert_rows(
            table=f"search.{table}",
            rows=rows,
            target_fields=["sku", "model", "embedding"],
            replace=True,
            replace_index=["sku", "model"],
        )
