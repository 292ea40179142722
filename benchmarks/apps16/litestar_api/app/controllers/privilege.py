from __future__ import annotations

import asyncio
from typing import List
from uuid import UUID

from litestar import Controller, post
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.repositories import DocumentRepository, PrivilegeRepository
from app.services.privilege_review import PrivilegeReviewer


class PrivilegeController(Controller):
    path = "/matters/{matter_id:uuid}/privilege-log"
    tags = ["privilege"]

    @post("/draft")
    async def draft_log(
        self,
        matter_id: UUID,
        data: List[UUID],
        document_repo: DocumentRepository,
        db_session: AsyncSession,
        attorneys: List[str],
        counsel_domains: List[str],
    ) -> List[dict]:
        reviewer = PrivilegeReviewer(attorneys, counsel_domains)
        docs = [await document_repo.get(doc_id) for doc_id in data]
        calls = await asyncio.to_thread(reviewer.review_batch, [(d.text or "", f"File: {d.filename}") for d in docs])
        repo = PrivilegeRepository(db_session)
        out = []
        for doc, call in zip(docs, calls):
            if call.basis in ("none", "needs_review"):
                out.append({"document_id": str(doc.id), "basis": call.basis})
                continue
            entry = await repo.create(
                document_id=doc.id, basis=call.basis, description=call.description or "", confidence=call.confidence
            )
            out.append({"document_id": str(doc.id), "basis": entry.basis, "description": entry.description})
        return out
