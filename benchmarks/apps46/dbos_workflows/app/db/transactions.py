"""All database writes happen in DBOS transactions so they are exactly-once with the workflow."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from dbos import DBOS
from sqlalchemy import insert, select, update

from app.db.models import chunks, documents, reviews


@DBOS.transaction()
def create_document(tenant_id: str, filename: str) -> str:
    doc_id = str(uuid.uuid4())
    DBOS.sql_session.execute(
        insert(documents).values(id=doc_id, tenant_id=tenant_id, filename=filename, status="received")
    )
    return doc_id


@DBOS.transaction()
def set_status(doc_id: str, status: str) -> None:
    DBOS.sql_session.execute(update(documents).where(documents.c.id == doc_id).values(status=status))


@DBOS.transaction()
def save_text(doc_id: str, text: str) -> None:
    DBOS.sql_session.execute(update(documents).where(documents.c.id == doc_id).values(text=text, status="extracted"))


@DBOS.transaction()
def save_classification(doc_id: str, doc_type: str, language: str | None) -> None:
    DBOS.sql_session.execute(
        update(documents).where(documents.c.id == doc_id).values(doc_type=doc_type, language=language)
    )


@DBOS.transaction()
def save_summary(doc_id: str, summary: str) -> None:
    DBOS.sql_session.execute(update(documents).where(documents.c.id == doc_id).values(summary=summary))


@DBOS.transaction()
def flag_document(doc_id: str, reason: str) -> None:
    DBOS.sql_session.execute(update(documents).where(documents.c.id == doc_id).values(flagged=True, status="flagged"))
    DBOS.logger.warning("document %s flagged: %s", doc_id, reason)


@DBOS.transaction()
def save_chunks(doc_id: str, rows: list[dict], embed_model: str) -> int:
    DBOS.sql_session.execute(chunks.delete().where(chunks.c.document_id == doc_id))
    if rows:
        DBOS.sql_session.execute(
            insert(chunks),
            [
                {
                    "id": f"{doc_id}:{r['ordinal']}",
                    "document_id": doc_id,
                    "ordinal": r["ordinal"],
                    "text": r["text"],
                    "embedding": r["embedding"],
                    "embed_model": embed_model,
                }
                for r in rows
            ],
        )
    return len(rows)


@DBOS.transaction()
def load_document(doc_id: str) -> dict | None:
    row = DBOS.sql_session.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
    return dict(row) if row else None


@DBOS.transaction()
def load_chunks(doc_id: str) -> list[dict]:
    rows = DBOS.sql_session.execute(
        select(chunks.c.id, chunks.c.ordinal, chunks.c.text).where(chunks.c.document_id == doc_id).order_by(chunks.c.ordinal)
    ).mappings()
    return [dict(r) for r in rows]


@DBOS.transaction()
def create_review(doc_id: str, reviewer: str) -> str:
    review_id = str(uuid.uuid4())
    DBOS.sql_session.execute(insert(reviews).values(id=review_id, document_id=doc_id, reviewer=reviewer))
    return review_id


@DBOS.transaction()
def complete_review(review_id: str, findings: list[dict], risk_score: float) -> None:
    DBOS.sql_session.execute(
        update(reviews)
        .where(reviews.c.id == review_id)
        .values(findings=findings, risk_score=risk_score, status="complete")
    )


@DBOS.transaction(isolation_level="REPEATABLE READ")
def stale_documents(older_than_days: int = 30, limit: int = 200) -> list[str]:
    cutoff = datetime.now(timezone.utc) - timedelta(days=older_than_days)
    rows = DBOS.sql_session.execute(
        select(documents.c.id).where(documents.c.updated_at < cutoff, documents.c.status == "indexed").limit(limit)
    )
    return [r[0] for r in rows]


@DBOS.transaction()
def reviewed_since(since: datetime) -> list[dict]:
    rows = DBOS.sql_session.execute(
        select(documents.c.id, documents.c.filename, documents.c.summary, reviews.c.risk_score)
        .join(reviews, reviews.c.document_id == documents.c.id)
        .where(reviews.c.created_at >= since)
    ).mappings()
    return [dict(r) for r in rows]


@DBOS.transaction()
def documents_for_tenant(tenant_id: str, status: str | None = None, limit: int = 100) -> list[dict]:
    q = select(documents.c.id, documents.c.filename, documents.c.status, documents.c.doc_type).where(
        documents.c.tenant_id == tenant_id
    )
    if status:
        q = q.where(documents.c.status == status)
    rows = DBOS.sql_session.execute(q.order_by(documents.c.created_at.desc()).limit(limit)).mappings()
    return [dict(r) for r in rows]


@DBOS.transaction()
def delete_document(doc_id: str) -> bool:
    DBOS.sql_session.execute(chunks.delete().where(chunks.c.document_id == doc_id))
    DBOS.sql_session.execute(reviews.delete().where(reviews.c.document_id == doc_id))
    res = DBOS.sql_session.execute(documents.delete().where(documents.c.id == doc_id))
    return res.rowcount > 0


class DocumentRepository:
    """Older non-DBOS access layer still used by the admin scripts."""

    def __init__(self, engine):
        self.engine = engine

    def create(self, tenant_id: str, filename: str, text: str | None = None) -> str:
        doc_id = str(uuid.uuid4())
        with self.engine.begin() as conn:
            conn.execute(
                insert(documents).values(id=doc_id, tenant_id=tenant_id, filename=filename, text=text, status="received")
            )
        return doc_id

    def get(self, doc_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
        return dict(row) if row else None
