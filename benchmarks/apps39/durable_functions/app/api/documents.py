"""Document endpoints. Heavy work is pushed to Inngest via events."""
from __future__ import annotations

from datetime import datetime, timezone

import inngest
from fastapi import APIRouter, HTTPException

from app import db
from app.inngest_client import (
    COMMENT_CREATED,
    DOCUMENT_SUMMARIZE,
    DOCUMENT_TRANSLATE,
    DOCUMENT_UPLOADED,
    IMAGE_REQUESTED,
    inngest_client,
)
from app.models import CommentIn, DocumentIn, DocumentOut, ImageRequest, TranslateRequest

router = APIRouter()


@router.post("", response_model=DocumentOut, status_code=202)
async def create_document(payload: DocumentIn) -> DocumentOut:
    rec = db.documents.create(status="queued", **payload.model_dump())
    await inngest_client.send(
        inngest.Event(name=DOCUMENT_UPLOADED, data={"document_id": rec.id})
    )
    return DocumentOut(id=rec.id, title=payload.title, created_at=datetime.now(timezone.utc))


@router.post("/{doc_id}/resummarize", status_code=202)
async def resummarize(doc_id: str) -> dict:
    if db.documents.get(doc_id) is None:
        raise HTTPException(404, "document not found")
    ids = await inngest_client.send(
        inngest.Event(name=DOCUMENT_SUMMARIZE, data={"document_id": doc_id})
    )
    return {"event_ids": ids}


@router.post("/{doc_id}/translate", status_code=202)
async def translate(doc_id: str, body: TranslateRequest) -> dict:
    await inngest_client.send(
        inngest.Event(
            name=DOCUMENT_TRANSLATE,
            data={"document_id": doc_id, "target_language": body.target_language},
        )
    )
    return {"queued": True}


@router.post("/{doc_id}/comments", status_code=202)
async def add_comment(doc_id: str, body: CommentIn) -> dict:
    await inngest_client.send(
        inngest.Event(name=COMMENT_CREATED, data={**body.model_dump(), "document_id": doc_id})
    )
    return {"queued": True}


@router.post("/{doc_id}/cover", status_code=202)
async def cover_image(doc_id: str, body: ImageRequest) -> dict:
    await inngest_client.send(
        inngest.Event(name=IMAGE_REQUESTED, data={"document_id": doc_id, **body.model_dump()})
    )
    return {"queued": True}


@router.get("/{doc_id}")
async def get_document(doc_id: str) -> dict:
    rec = db.documents.get(doc_id)
    if rec is None:
        raise HTTPException(404, "document not found")
    return {"id": rec.id, **rec.data}
