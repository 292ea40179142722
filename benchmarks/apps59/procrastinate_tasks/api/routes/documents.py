from __future__ import annotations

import uuid

from fastapi import APIRouter, HTTPException, status

from api.deps import AnthropicDep, RepoDep, TenantDep
from api.schemas import DocumentIn, DocumentOut, PreviewOut
from docproc import prompts
from docproc.chunking import truncate
from docproc.settings import get_settings
from tasks.classify import classify_document
from tasks.embed import embed_document
from tasks.extract import ocr_and_extract
from tasks.moderation import moderate_document
from tasks.summarize import stream_summary_preview

router = APIRouter()


@router.post("", response_model=DocumentOut, status_code=status.HTTP_202_ACCEPTED)
async def create_document(payload: DocumentIn, repo: RepoDep, tenant: TenantDep) -> DocumentOut:
    doc = await repo.create(tenant, payload.title, payload.body, payload.mime_type)
    job_ids = [await moderate_document.defer_async(document_id=str(doc.id))]
    if payload.classify:
        job_ids.append(await classify_document.defer_async(document_id=str(doc.id)))
    if payload.embed:
        job_ids.append(
            await embed_document.configure(queueing_lock=f"embed-{doc.id}", priority=5).defer_async(
                document_id=str(doc.id)
            )
        )
    return DocumentOut(id=doc.id, status=doc.status.value, job_ids=job_ids)


@router.post("/{doc_id}/ocr", status_code=status.HTTP_202_ACCEPTED)
async def request_ocr(doc_id: uuid.UUID, document_url: str, repo: RepoDep) -> dict[str, int]:
    if await repo.get(doc_id) is None:
        raise HTTPException(404)
    job_id = await ocr_and_extract.defer_async(document_id=str(doc_id), document_url=document_url)
    return {"job_id": job_id}


@router.post("/{doc_id}/preview", response_model=PreviewOut)
async def preview_summary(doc_id: uuid.UUID, repo: RepoDep, client: AnthropicDep) -> PreviewOut:
    """Synchronous quick preview (haiku) for the upload dialog. Not tracked yet (DOCS-430)."""
    doc = await repo.get(doc_id)
    if doc is None:
        raise HTTPException(404)
    model = "claude-3-5-haiku-20241022"
    msg = await client.messages.create(
        model=model,
        max_tokens=300,
        system=prompts.SUMMARY_SYSTEM.format(max_words=60),
        messages=[{"role": "user", "content": truncate(doc.body, 8000)}],
    )
    return PreviewOut(
        summary=msg.content[0].text,
        model=model,
        input_tokens=msg.usage.input_tokens,
        output_tokens=msg.usage.output_tokens,
    )


@router.post("/{doc_id}/preview/live", status_code=status.HTTP_202_ACCEPTED)
async def live_preview(doc_id: uuid.UUID) -> dict[str, str]:
    channel = f"preview_{doc_id.hex[:16]}"
    await stream_summary_preview.defer_async(document_id=str(doc_id), channel=channel)
    return {"channel": channel}


@router.get("/{doc_id}")
async def get_document(doc_id: uuid.UUID, repo: RepoDep) -> dict:
    doc = await repo.get(doc_id)
    if doc is None:
        raise HTTPException(404)
    return {"id": str(doc.id), "title": doc.title, "status": doc.status.value, "labels": doc.labels,
            "summary_model": get_settings().summary_model}
