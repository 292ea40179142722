"""Thin persistence layer over SQLAlchemy Core."""
from __future__ import annotations

import json
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Dict, Iterator, List, Optional, Sequence

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine


class Database:
    def __init__(self, url: str, pool_size: int = 5) -> None:
        self._engine: Engine = create_engine(url, pool_size=pool_size, pool_pre_ping=True)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self._engine.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self._engine.dispose()


class Repository:
    table: str = ""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, **fields: Any) -> str:
        row_id = fields.pop("id", None) or str(uuid.uuid4())
        fields.setdefault("created_at", datetime.now(timezone.utc))
        cols = ", ".join(["id", *fields])
        params = ", ".join([":id", *(f":{k}" for k in fields)])
        with self.db.begin() as conn:
            conn.execute(text(f"INSERT INTO {self.table} ({cols}) VALUES ({params})"), {"id": row_id, **fields})
        return row_id

    def get(self, row_id: str) -> Optional[Dict[str, Any]]:
        with self.db.begin() as conn:
            row = conn.execute(text(f"SELECT * FROM {self.table} WHERE id = :id"), {"id": row_id}).mappings().first()
        return dict(row) if row else None


class InvoiceEnrichmentRepository(Repository):
    table = "invoice_enrichments"


class FeedbackRepository(Repository):
    table = "customer_feedback"


class TicketRepository(Repository):
    table = "ticket_triage"

    def add_note(self, ticket_id: str, note: str, author: str = "triage-bot") -> None:
        self.create(ticket_id=ticket_id, note=note, author=author)


class VectorRepository(Repository):
    table = "embeddings"

    def save_vectors(self, namespace: str, ids: Sequence[str], vectors: Sequence[List[float]]) -> int:
        with self.db.begin() as conn:
            for obj_id, vec in zip(ids, vectors):
                conn.execute(
                    text(
                        "INSERT INTO embeddings (namespace, object_id, vector) VALUES (:ns, :oid, :vec) "
                        "ON CONFLICT (namespace, object_id) DO UPDATE SET vector = EXCLUDED.vector"
                    ),
                    {"ns": namespace, "oid": obj_id, "vec": json.dumps(vec)},
                )
        return len(ids)

    def missing(self, namespace: str, limit: int = 1000) -> List[Dict[str, Any]]:
        with self.db.begin() as conn:
            rows = conn.execute(
                text(
                    "SELECT p.id, p.title, p.description FROM products p "
                    "LEFT JOIN embeddings e ON e.object_id = p.id AND e.namespace = :ns "
                    "WHERE e.object_id IS NULL LIMIT :limit"
                ),
                {"ns": namespace, "limit": limit},
            ).mappings().all()
        return [dict(r) for r in rows]


class BatchJobRepository(Repository):
    table = "llm_batch_jobs"
