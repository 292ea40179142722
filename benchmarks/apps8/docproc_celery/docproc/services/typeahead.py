"""Filename / party-name autocompletion for the admin search box.

Pure Postgres trigram lookups; nothing model-related.
"""
from typing import List

from sqlalchemy import func, select

from docproc.db import SessionLocal
from docproc.models import Document


def completion(prefix: str, *, matter_id: int = None, limit: int = 10) -> List[str]:
    prefix = prefix.strip()
    if len(prefix) < 2:
        return []
    stmt = (
        select(Document.filename)
        .where(Document.filename.ilike(f"{prefix}%"))
        .order_by(func.similarity(Document.filename, prefix).desc())
        .limit(limit)
    )
    if matter_id is not None:
        stmt = stmt.where(Document.matter_id == matter_id)
    with SessionLocal() as session:
        return list(session.scalars(stmt))
