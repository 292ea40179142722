from __future__ import annotations

import asyncio
import logging
import mimetypes
import uuid
from typing import Annotated, List

from litestar import Controller, Request, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import ClientException
from litestar.params import Body
from saq import Queue

from app.config import get_settings
from app.db.models import DocumentKind
from app.db.repositories import DocumentRepository
from app.schemas import DocumentOut
from app.services.summarization import quick_summary
from app.utils.text import truncate

logger = logging.getLogger(__name__)

ALLOWED_TYPES = {
    "application/pdf",
    "text/plain",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "audio/mpeg",
    "audio/wav",
    "audio/mp4",
}


def _to_out(doc) -> DocumentOut:
    return DocumentOut(
        id=doc.id,
        matter_id=doc.matter_id,
        filename=doc.filename,
        kind=doc.kind.value,
        content_type=doc.content_type,
        ingest_status=doc.ingest_status,
        suggested_title=doc.suggested_title,
        page_count=doc.page_count,
    )


class DocumentController(Controller):
    path = "/matters/{matter_id:uuid}/documents"
    tags = ["documents"]

    @get("/")
    async def list_documents(self, matter_id: uuid.UUID, document_repo: DocumentRepository) -> List[DocumentOut]:
        return [_to_out(d) for d in await document_repo.list_for_matter(matter_id)]

    @post("/")
    async def upload_document(
        self,
        request: Request,
        matter_id: uuid.UUID,
        data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)],
        document_repo: DocumentRepository,
        queue: Queue,
        kind: DocumentKind = DocumentKind.OTHER,
    ) -> DocumentOut:
        settings = get_settings()
        content_type = data.content_type or mimetypes.guess_type(data.filename)[0] or "application/octet-stream"
        if content_type not in ALLOWED_TYPES:
            raise ClientException(f"unsupported file type {content_type}")
        payload = await data.read()
        if len(payload) > settings.max_upload_mb * 1024 * 1024:
            raise ClientException("file too large")

        doc_id = uuid.uuid4()
        key = f"matters/{matter_id}/{doc_id}/{data.filename}"
        await asyncio.to_thread(
            request.app.state.s3.put_object,
            Bucket=settings.documents_bucket,
            Key=key,
            Body=payload,
            ContentType=content_type,
            ServerSideEncryption="aws:kms",
        )
        doc = await document_repo.create(
            id=doc_id,
            matter_id=matter_id,
            filename=data.filename,
            s3_key=key,
            kind=DocumentKind.DEPOSITION if content_type.startswith("audio/") else kind,
            content_type=content_type,
        )
        await queue.enqueue("ingest_document", document_id=str(doc.id), timeout=900, retries=2)
        return _to_out(doc)

    @post("/{document_id:uuid}/suggest-title")
    async def suggest_title(
        self, request: Request, matter_id: uuid.UUID, document_id: uuid.UUID, document_repo: DocumentRepository
    ) -> DocumentOut:
        doc = await document_repo.get(document_id)
        if not doc.text:
            raise ClientException("document has not been processed yet")
        groq = request.app.state.groq
        resp = await groq.chat.completions.create(
            model=get_settings().groq_fast_model,
            messages=[
                {
                    "role": "system",
                    "content": "Propose a short descriptive title for this legal document, e.g. "
                    "'Master Services Agreement - Acme Corp (2023)'. Reply with the title only.",
                },
                {"role": "user", "content": truncate(doc.text, 6000)},
            ],
            temperature=0.2,
            max_tokens=30,
        )
        title = (resp.choices[0].message.content or "").strip().strip('"')[:500]
        await document_repo.update(doc, suggested_title=title)
        return _to_out(doc)

    @get("/{document_id:uuid}/summary")
    async def document_summary(self, matter_id: uuid.UUID, document_id: uuid.UUID, document_repo: DocumentRepository) -> dict:
        doc = await document_repo.get(document_id)
        return {"summary": await quick_summary(doc.text or "")}
