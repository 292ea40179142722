"""Document persistence helpers.

Everything here is tenant-scoped: never query documents without a tenant_id.
"""
import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, delete, select

from app.models import Document, DocumentChunk, DocumentCreate, DocumentStatus


def create(
    *, session: Session, obj_in: DocumentCreate, owner_id: uuid.UUID, tenant_id: uuid.UUID
) -> Document:
    db_obj = Document.model_validate(
        obj_in, update={"owner_id": owner_id, "tenant_id": tenant_id}
    )
    session.add(db_obj)
    session.commit()
    session.refresh(db_obj)
    return db_obj


def get(*, session: Session, tenant_id: uuid.UUID, document_id: uuid.UUID) -> Document | None:
    stmt = select(Document).where(
        Document.id == document_id, Document.tenant_id == tenant_id
    )
    return session.exec(stmt).first()


def list_for_tenant(
    *, session: Session, tenant_id: uuid.UUID, skip: int = 0, limit: int = 100
) -> tuple[Sequence[Document], int]:
    count = session.exec(
        select(func.count()).select_from(Document).where(Document.tenant_id == tenant_id)
    ).one()
    rows = session.exec(
        select(Document)
        .where(Document.tenant_id == tenant_id)
        .order_by(col(Document.created_at).desc())
        .offset(skip)
        .limit(limit)
    ).all()
    return rows, count


def set_status(
    *, session: Session, document: Document, status: DocumentStatus, summary: str | None = None
) -> Document:
    document.status = status
    if summary is not None:
        document.summary = summary
    document.updated_at = datetime.utcnow()
    session.add(document)
    session.commit()
    session.refresh(document)
    return document


def replace_chunks(
    *,
    session: Session,
    document: Document,
    chunks: list[str],
    embeddings: list[list[float]],
) -> int:
    session.exec(delete(DocumentChunk).where(DocumentChunk.document_id == document.id))
    for i, (text, vec) in enumerate(zip(chunks, embeddings)):
        session.add(
            DocumentChunk(
                document_id=document.id,
                tenant_id=document.tenant_id,
                ordinal=i,
                content=text,
                embedding=vec,
            )
        )
    session.commit()
    return len(chunks)


def nearest_chunks(
    *, session: Session, tenant_id: uuid.UUID, query_vec: list[float], limit: int = 40
) -> Sequence[DocumentChunk]:
    stmt = (
        select(DocumentChunk)
        .where(DocumentChunk.tenant_id == tenant_id)
        .order_by(DocumentChunk.embedding.cosine_distance(query_vec))  # type: ignore[union-attr]
        .limit(limit)
    )
    return session.exec(stmt).all()
