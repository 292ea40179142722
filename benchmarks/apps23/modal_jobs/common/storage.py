"""Tiny persistence layer over Postgres for job results.

Not an ORM on purpose; the CMS team owns the schema.
"""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterator

import sqlalchemy as sa

_engine: sa.Engine | None = None


def engine() -> sa.Engine:
    global _engine
    if _engine is None:
        _engine = sa.create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True, pool_size=2)
    return _engine


@contextmanager
def connection() -> Iterator[sa.Connection]:
    with engine().begin() as conn:
        yield conn


@dataclass
class JobRecord:
    asset_id: str
    kind: str
    payload: dict[str, Any] = field(default_factory=dict)
    status: str = "done"
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def create(cls, asset_id: str, kind: str, payload: dict[str, Any], status: str = "done") -> "JobRecord":
        record = cls(asset_id=asset_id, kind=kind, payload=payload, status=status)
        record.save()
        return record

    def save(self) -> None:
        with connection() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO ai_job_results (asset_id, kind, payload, status, created_at) "
                    "VALUES (:asset_id, :kind, CAST(:payload AS jsonb), :status, :created_at) "
                    "ON CONFLICT (asset_id, kind) DO UPDATE SET payload = EXCLUDED.payload, "
                    "status = EXCLUDED.status, created_at = EXCLUDED.created_at"
                ),
                {**asdict(self), "payload": json.dumps(self.payload)},
            )


def load_transcript(asset_id: str) -> str | None:
    with connection() as conn:
        row = conn.execute(
            sa.text("SELECT payload->>'text' FROM ai_job_results WHERE asset_id = :a AND kind = 'transcript'"),
            {"a": asset_id},
        ).first()
    return row[0] if row else None


def pending_assets(kind: str, limit: int = 500) -> list[str]:
    with connection() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT a.id FROM assets a LEFT JOIN ai_job_results r "
                "ON r.asset_id = a.id AND r.kind = :kind "
                "WHERE r.asset_id IS NULL AND a.published ORDER BY a.published_at DESC LIMIT :limit"
            ),
            {"kind": kind, "limit": limit},
        ).all()
    return [r[0] for r in rows]
