"""Warehouse and object-store resources (no LLM code in here)."""
import json
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

import boto3
import psycopg2
import psycopg2.extras
from dagster import ConfigurableResource

from ..settings import WAREHOUSE_SCHEMA


class WarehouseResource(ConfigurableResource):
    """Postgres mirror of the Snowflake marts that the enrichment assets read from.

    (Snowflake is queried through dbt; for row-level work we read the nightly mirror.)
    """

    dsn: str
    schema_name: str = WAREHOUSE_SCHEMA

    @contextmanager
    def connect(self) -> Iterator[Any]:
        conn = psycopg2.connect(self.dsn)
        try:
            yield conn
            conn.commit()
        except Exception:
            conn.rollback()
            raise
        finally:
            conn.close()

    def fetch_dicts(self, sql: str, params: Optional[Sequence[Any]] = None) -> List[Dict[str, Any]]:
        with self.connect() as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(sql, params)
                return [dict(row) for row in cur.fetchall()]

    def upsert_rows(self, table: str, rows: Iterable[Dict[str, Any]], key: Sequence[str]) -> int:
        rows = list(rows)
        if not rows:
            return 0
        columns = list(rows[0].keys())
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
        sql = (
            f"insert into {self.schema_name}.{table} ({', '.join(columns)}) values %s "
            f"on conflict ({', '.join(key)}) do update set {updates}"
        )
        with self.connect() as conn:
            with conn.cursor() as cur:
                psycopg2.extras.execute_values(cur, sql, [tuple(r[c] for c in columns) for r in rows])
        return len(rows)

    def mark_completion(self, asset_key: str, partition_key: str, row_count: int) -> None:
        with self.connect() as conn:
            with conn.cursor() as cur:
                cur.execute(
                    f"update {self.schema_name}.enrichment_runs set finished_at = now(), row_count = %s "
                    "where asset_key = %s and partition_key = %s and finished_at is null",
                    (row_count, asset_key, partition_key),
                )


class EnrichmentRunLog:
    """Small repository around the enrichment_runs bookkeeping table."""

    def __init__(self, warehouse: WarehouseResource):
        self._warehouse = warehouse

    def create(self, asset_key: str, partition_key: str, provider: str, model: str) -> None:
        with self._warehouse.connect() as conn:
            with conn.cursor() as cur:
                cur.execute(
                    f"insert into {self._warehouse.schema_name}.enrichment_runs "
                    "(asset_key, partition_key, provider, model, started_at) values (%s, %s, %s, %s, %s)",
                    (asset_key, partition_key, provider, model, datetime.now(timezone.utc)),
                )


class S3Resource(ConfigurableResource):
    bucket: str
    region_name: str = "eu-west-1"

    def _client(self):
        return boto3.client("s3", region_name=self.region_name)

    def put_json(self, key: str, payload: Any) -> str:
        body = json.dumps(payload, default=str).encode("utf-8")
        self._client().put_object(Bucket=self.bucket, Key=key, Body=body, ContentType="application/json")
        return f"s3://{self.bucket}/{key}"

    def download(self, key: str, path: str) -> str:
        self._client().download_file(self.bucket, key, path)
        return path

    def list_keys(self, prefix: str) -> List[str]:
        paginator = self._client().get_paginator("list_objects_v2")
        keys: List[str] = []
        for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
            keys.extend(obj["Key"] for obj in page.get("Contents", []))
        return keys
