"""S3 + Postgres persistence for documents and results."""
from __future__ import annotations

import json
import logging
from functools import lru_cache

import boto3
import psycopg
from psycopg.rows import dict_row

from claimsdoc.settings import settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _s3():
    return boto3.client("s3", region_name=settings.aws_region)


def presigned_url(key: str, expires: int = 900) -> str:
    return _s3().generate_presigned_url(
        "get_object", Params={"Bucket": settings.s3_bucket, "Key": key}, ExpiresIn=expires
    )


def read_bytes(key: str) -> bytes:
    obj = _s3().get_object(Bucket=settings.s3_bucket, Key=key)
    return obj["Body"].read()


def write_json(key: str, payload: dict) -> None:
    _s3().put_object(
        Bucket=settings.s3_bucket,
        Key=key,
        Body=json.dumps(payload, default=str).encode(),
        ContentType="application/json",
    )


def _conn():
    return psycopg.connect(settings.redis_url.replace("redis://", "postgresql://"), row_factory=dict_row)


class DocumentRepo:
    """Thin DAO. ``create`` inserts a document row; nothing to do with model APIs."""

    def __init__(self, conn_factory=_conn) -> None:
        self._conn_factory = conn_factory

    def create(self, claim_id: str, s3_key: str, filename: str) -> str:
        with self._conn_factory() as conn:
            row = conn.execute(
                "insert into documents (claim_id, s3_key, filename, status) values (%s, %s, %s, 'queued') returning id",
                (claim_id, s3_key, filename),
            ).fetchone()
            return str(row["id"])

    def set_status(self, document_id: str, status: str, **fields) -> None:
        sets = ", ".join(f"{k} = %s" for k in fields)
        sql = f"update documents set status = %s{', ' + sets if sets else ''} where id = %s"
        with self._conn_factory() as conn:
            conn.execute(sql, (status, *fields.values(), document_id))

    def get(self, document_id: str) -> dict | None:
        with self._conn_factory() as conn:
            return conn.execute("select * from documents where id = %s", (document_id,)).fetchone()

    def for_claim(self, claim_id: str) -> list[dict]:
        with self._conn_factory() as conn:
            return conn.execute("select * from documents where claim_id = %s order by id", (claim_id,)).fetchall()

    def save_embedding(self, document_id: str, vector: list[float], source: str) -> None:
        with self._conn_factory() as conn:
            conn.execute(
                "insert into document_embeddings (document_id, embedding, source) values (%s, %s, %s) "
                "on conflict (document_id, source) do update set embedding = excluded.embedding",
                (document_id, vector, source),
            )


repo = DocumentRepo()
