import json
import logging
import uuid
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from app import crud
from app.api.deps import (
    ArqDep,
    AsyncAzureOpenAIDep,
    AzureOpenAIDep,
    CurrentTenant,
    CurrentUser,
    SessionDep,
    require_ai_feature,
)
from app.core.config import settings
from app.models import DocumentCreate, DocumentPublic, DocumentsPublic, DocumentStatus
from app.services.bedrock_legacy import invoke_claude
from app.services.moderation import moderate_text

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/documents", tags=["documents"])


class AskRequest(BaseModel):
    question: str = Field(min_length=3, max_length=2000)


class PreviewRequest(BaseModel):
    text: str = Field(min_length=20, max_length=20_000)


@router.get("/", response_model=DocumentsPublic)
def read_documents(
    session: SessionDep, tenant: CurrentTenant, skip: int = 0, limit: int = 100
) -> Any:
    rows, count = crud.documents.list_for_tenant(
        session=session, tenant_id=tenant.id, skip=skip, limit=limit
    )
    return DocumentsPublic(data=rows, count=count)


@router.post("/", response_model=DocumentPublic, status_code=201)
async def create_document(
    *,
    session: SessionDep,
    current_user: CurrentUser,
    tenant: CurrentTenant,
    arq: ArqDep,
    doc_in: DocumentCreate,
) -> Any:
    verdict = await moderate_text(doc_in.body[:50_000])
    document = crud.documents.create(
        session=session, obj_in=doc_in, owner_id=current_user.id, tenant_id=tenant.id
    )
    if verdict.flagged:
        document.flagged = True
        document.moderation_reason = ", ".join(c.value for c in verdict.categories)
        session.add(document)
        session.commit()
        session.refresh(document)
    else:
        await arq.enqueue_job("process_document", str(document.id), _job_id=f"doc:{document.id}")
    return document


@router.get("/{document_id}", response_model=DocumentPublic)
def read_document(session: SessionDep, tenant: CurrentTenant, document_id: uuid.UUID) -> Any:
    document = crud.documents.get(session=session, tenant_id=tenant.id, document_id=document_id)
    if not document:
        raise HTTPException(status_code=404, detail="Document not found")
    return document


@router.post("/summary-preview", dependencies=[Depends(require_ai_feature("summaries"))])
def summary_preview(body: PreviewRequest, azure: AzureOpenAIDep, tenant: CurrentTenant) -> dict:
    """Live preview in the editor before the document is saved (short texts only)."""
    completion = azure.chat.completions.create(
        model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
        messages=[
            {
                "role": "system",
                "content": f"Summarise in at most 3 bullet points. Language: {tenant.language}.",
            },
            {"role": "user", "content": body.text},
        ],
        max_tokens=250,
        temperature=0.2,
    )
    return {"summary": completion.choices[0].message.content}


@router.post("/{document_id}/ask", dependencies=[Depends(require_ai_feature("document_qa"))])
async def ask_document(
    document_id: uuid.UUID,
    body: AskRequest,
    session: SessionDep,
    tenant: CurrentTenant,
    client: AsyncAzureOpenAIDep,
) -> StreamingResponse:
    document = crud.documents.get(session=session, tenant_id=tenant.id, document_id=document_id)
    if not document:
        raise HTTPException(status_code=404, detail="Document not found")

    async def event_stream():
        stream = await client.chat.completions.create(
            model=settings.AZURE_OPENAI_CHAT_DEPLOYMENT,
            stream=True,
            messages=[
                {
                    "role": "system",
                    "content": "Answer strictly from the document. If the answer is not "
                    "in the document, say so.",
                },
                {"role": "user", "content": f"<document>\n{document.body[:100_000]}\n</document>"},
                {"role": "user", "content": body.question},
            ],
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield f"data: {json.dumps({'delta': chunk.choices[0].delta.content})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(event_stream(), media_type="text/event-stream")


@router.post("/{document_id}/key-facts", dependencies=[Depends(require_ai_feature("summaries"))])
async def key_facts(document_id: uuid.UUID, session: SessionDep, tenant: CurrentTenant) -> dict:
    # Old endpoint kept for the mobile app (v2.x). Uses the legacy Bedrock helper.
    document = crud.documents.get(session=session, tenant_id=tenant.id, document_id=document_id)
    if not document:
        raise HTTPException(status_code=404, detail="Document not found")
    text = await run_in_threadpool(
        invoke_claude,
        f"List the key facts (amounts, dates, parties) in this document as JSON "
        f"list of strings:\n\n{document.body[:40_000]}",
        max_tokens=600,
    )
    try:
        facts = json.loads(text)
    except json.JSONDecodeError:
        facts = [line.strip("- ") for line in text.splitlines() if line.strip()]
    return {"facts": facts}


@router.post("/{document_id}/reprocess", status_code=202)
async def reprocess(document_id: uuid.UUID, session: SessionDep, tenant: CurrentTenant, arq: ArqDep) -> dict:
    document = crud.documents.get(session=session, tenant_id=tenant.id, document_id=document_id)
    if not document:
        raise HTTPException(status_code=404, detail="Document not found")
    crud.documents.set_status(session=session, document=document, status=DocumentStatus.processing)
    job = await arq.enqueue_job("process_document", str(document.id))
    return {"job_id": job.job_id if job else None}
