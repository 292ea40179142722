"""Thin data access layer over the analytics warehouse (Postgres)."""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

import psycopg
from psycopg.rows import dict_row

from lib.schemas import Listing, Review, ReviewSummary, Translation
from lib.settings import settings


@contextmanager
def connect(dsn: Optional[str] = None) -> Iterator[psycopg.Connection]:
    conn = psycopg.connect(dsn or settings.warehouse_dsn, row_factory=dict_row)
    try:
        yield conn
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        conn.close()


def fetch_listings_changed_since(since: datetime, limit: int = 50_000) -> List[Listing]:
    with connect() as conn:
        rows = conn.execute(
            """
            select id, seller_id, category, title, description, locale, attributes,
                   image_urls, updated_at
              from catalogue.listings
             where updated_at >= %s and status = 'active'
             order by updated_at
             limit %s
            """,
            (since, limit),
        ).fetchall()
    return [Listing(**row) for row in rows]


def fetch_listings_by_id(ids: Sequence[int]) -> List[Listing]:
    if not ids:
        return []
    with connect() as conn:
        rows = conn.execute(
            "select id, seller_id, category, title, description, locale, attributes, image_urls, updated_at"
            " from catalogue.listings where id = any(%s)",
            (list(ids),),
        ).fetchall()
    return [Listing(**row) for row in rows]


def fetch_reviews_for_listings(listing_ids: Sequence[int], min_reviews: int = 5) -> Dict[int, List[Review]]:
    with connect() as conn:
        rows = conn.execute(
            """
            select r.id, r.listing_id, r.seller_id, r.rating, r.body, r.language, r.created_at
              from reviews.reviews r
             where r.listing_id = any(%s) and not r.hidden
             order by r.listing_id, r.created_at desc
            """,
            (list(listing_ids),),
        ).fetchall()
    grouped: Dict[int, List[Review]] = {}
    for row in rows:
        grouped.setdefault(row["listing_id"], []).append(Review(**row))
    return {k: v for k, v in grouped.items() if len(v) >= min_reviews}


def listings_needing_translation(locale: str, limit: int = 500) -> List[Listing]:
    with connect() as conn:
        rows = conn.execute(
            """
            select l.id, l.seller_id, l.category, l.title, l.description, l.locale, l.attributes,
                   l.image_urls, l.updated_at
              from catalogue.listings l
              left join catalogue.listing_translations t
                on t.listing_id = l.id and t.locale = %s
             where l.status = 'active' and l.locale <> %s
               and (t.listing_id is null or t.updated_at < l.updated_at)
             limit %s
            """,
            (locale, locale, limit),
        ).fetchall()
    return [Listing(**row) for row in rows]


class EnrichmentRepository:
    """Writes enrichment results; one row per listing per run."""

    table = "catalogue.listing_enrichments"

    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    def create(self, *, listing_id: int, run_id: str, attributes: Dict[str, Any], source: str) -> int:
        row = self._conn.execute(
            f"insert into {self.table} (listing_id, run_id, attributes, source, created_at)"
            " values (%s, %s, %s, %s, %s) returning id",
            (listing_id, run_id, json.dumps(attributes), source, datetime.now(timezone.utc)),
        ).fetchone()
        return int(row["id"])

    def latest_for(self, listing_id: int) -> Optional[Dict[str, Any]]:
        return self._conn.execute(
            f"select * from {self.table} where listing_id = %s order by created_at desc limit 1",
            (listing_id,),
        ).fetchone()


def save_review_summaries(summaries: Iterable[ReviewSummary]) -> int:
    n = 0
    with connect() as conn, conn.cursor() as cur:
        for s in summaries:
            cur.execute(
                """
                insert into reviews.listing_summaries (listing_id, summary, pros, cons, model, review_count)
                values (%s, %s, %s, %s, %s, %s)
                on conflict (listing_id) do update set
                  summary = excluded.summary, pros = excluded.pros, cons = excluded.cons,
                  model = excluded.model, review_count = excluded.review_count, updated_at = now()
                """,
                (s.listing_id, s.summary, json.dumps(s.pros), json.dumps(s.cons), s.model, s.review_count),
            )
            n += 1
    return n


def save_translations(rows: Iterable[Translation]) -> int:
    n = 0
    with connect() as conn, conn.cursor() as cur:
        for t in rows:
            cur.execute(
                """
                insert into catalogue.listing_translations (listing_id, locale, title, description, engine)
                values (%s, %s, %s, %s, %s)
                on conflict (listing_id, locale) do update set
                  title = excluded.title, description = excluded.description,
                  engine = excluded.engine, updated_at = now()
                """,
                (t.listing_id, t.locale, t.title, t.description, t.engine),
            )
            n += 1
    return n
