"""Document upload and management endpoints."""
from __future__ import annotations

import logging
import mimetypes

from fastapi import APIRouter, Depends, File, UploadFile

from docqa import prompts
from docqa.api.deps import get_container, tenant_id
from docqa.bootstrap import Container
from docqa.domain import Document, DocumentKind, UnsupportedDocument, new_id

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/documents", tags=["documents"])

_KINDS = {
    "application/pdf": DocumentKind.PDF,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": DocumentKind.DOCX,
    "text/html": DocumentKind.HTML,
    "text/plain": DocumentKind.TEXT,
    "audio/mpeg": DocumentKind.AUDIO,
    "audio/mp4": DocumentKind.AUDIO,
    "audio/wav": DocumentKind.AUDIO,
}

MAX_UPLOAD_BYTES = 50 * 1024 * 1024


@router.post("", status_code=201)
async def upload(
    file: UploadFile = File(...),
    tenant: str = Depends(tenant_id),
    c: Container = Depends(get_container),
) -> dict:
    content_type = file.content_type or mimetypes.guess_type(file.filename or "")[0] or ""
    kind = _KINDS.get(content_type)
    if kind is None:
        raise UnsupportedDocument(content_type or "unknown")
    data = await file.read()
    if len(data) > MAX_UPLOAD_BYTES:
        raise UnsupportedDocument("file too large")

    doc_id = new_id()
    blob_key = f"{tenant}/{doc_id}/{file.filename}"
    await c.blobs.put(blob_key, data, content_type)
    document = Document(
        id=doc_id,
        tenant_id=tenant,
        title=file.filename or doc_id,
        kind=kind,
        blob_key=blob_key,
        metadata={"content_type": content_type, "size": str(len(data))},
    )
    await c.documents.add(document)
    job = await c.jobs.create(document_id=doc_id, tenant_id=tenant)
    await c.queue.submit(job)
    logger.info("queued ingestion job %s for %s (%s)", job.id, doc_id, kind.value)
    return {"id": doc_id, "job_id": job.id, "status": document.status.value}


@router.get("/{document_id}")
async def get_document(document_id: str, tenant: str = Depends(tenant_id), c: Container = Depends(get_container)) -> dict:
    doc = await c.documents.get(tenant, document_id)
    return {
        "id": doc.id,
        "title": doc.title,
        "kind": doc.kind.value,
        "status": doc.status.value,
        "language": doc.language,
        "created_at": doc.created_at.isoformat(),
    }


@router.post("/{document_id}/title")
async def generate_title(
    document_id: str, tenant: str = Depends(tenant_id), c: Container = Depends(get_container)
) -> dict:
    doc = await c.documents.get(tenant, document_id)
    head = doc.metadata.get("head") or ""
    if not head:
        pages = c.extractor.extract(await c.blobs.get(doc.blob_key), doc.metadata.get("content_type", ""))
        head = "\n".join(pages)[:3000]
    msg = await c.anthropic.messages.create(
        model=c.settings.fast_model_anthropic,
        max_tokens=40,
        messages=[{"role": "user", "content": prompts.TITLE_PROMPT.format(head=head)}],
    )
    doc.title = msg.content[0].text.strip().strip('"')[:200]
    await c.documents.update(doc)
    return {"id": doc.id, "title": doc.title}


@router.post("/{document_id}/summary")
async def summarize(document_id: str, tenant: str = Depends(tenant_id), c: Container = Depends(get_container)) -> dict:
    summary = await c.summarize_document.execute(tenant, document_id)
    return {"id": document_id, "summary": summary}


@router.delete("/{document_id}", status_code=204)
async def delete_document(document_id: str, tenant: str = Depends(tenant_id), c: Container = Depends(get_container)) -> None:
    await c.documents.get(tenant, document_id)
    await c.index.delete_document(tenant, document_id)
