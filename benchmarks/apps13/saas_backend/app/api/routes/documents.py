import uuid
from typing import Any

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from app import crud
from app.api.deps import AITenant, ArqDep, AzureDep, CurrentTenant, CurrentUser, SessionDep
from app.core.config import settings
from app.models import DocumentCreate, DocumentPublic, DocumentsPublic, Message
from app.services.openai_service import openai_service
from app.services.summaries import get_summary_service
from app.utils import truncate_to_tokens

router = APIRouter(prefix="/documents", tags=["documents"])


class SummaryPreview(BaseModel):
    summary: str
    truncated: bool


class TranslateRequest(BaseModel):
    target_language: str


@router.get("/", response_model=DocumentsPublic)
def read_documents(session: SessionDep, tenant: CurrentTenant, skip: int = 0, limit: int = 100) -> Any:
    docs, count = crud.document.list(session, tenant_id=tenant.id, skip=skip, limit=limit)
    return DocumentsPublic(data=docs, count=count)


@router.post("/", response_model=DocumentPublic)
async def create_document(
    *, session: SessionDep, current_user: CurrentUser, tenant: CurrentTenant, arq: ArqDep, document_in: DocumentCreate
) -> Any:
    doc = crud.document.create(
        session, obj_in=document_in, tenant_id=tenant.id, owner_id=current_user.id
    )
    await arq.enqueue_job("index_document", str(doc.id), _job_id=f"index:{doc.id}")
    if tenant.ai_features_enabled:
        await arq.enqueue_job("summarize_document", str(doc.id))
    return doc


@router.get("/{id}", response_model=DocumentPublic)
def read_document(session: SessionDep, tenant: CurrentTenant, id: uuid.UUID) -> Any:
    doc = crud.document.get(session, tenant_id=tenant.id, id=id)
    if not doc:
        raise HTTPException(status_code=404, detail="Document not found")
    return doc


@router.post("/{id}/summary/preview", response_model=SummaryPreview)
def preview_summary(session: SessionDep, tenant: AITenant, azure: AzureDep, id: uuid.UUID) -> Any:
    """Quick, cheap summary shown in the editor sidebar before the document is saved
    and the proper (worker) summary exists."""
    doc = crud.document.get(session, tenant_id=tenant.id, id=id)
    if not doc:
        raise HTTPException(status_code=404, detail="Document not found")
    body = truncate_to_tokens(doc.body, 4000)
    completion = azure.chat.completions.create(
        model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Summarise the document in two sentences."},
            {"role": "user", "content": body},
        ],
        max_tokens=120,
        temperature=0.2,
    )
    return SummaryPreview(
        summary=completion.choices[0].message.content or "",
        truncated=len(body) < len(doc.body),
    )


@router.post("/{id}/summary", response_model=Message)
async def request_summary(session: SessionDep, tenant: AITenant, arq: ArqDep, id: uuid.UUID) -> Any:
    doc = crud.document.get(session, tenant_id=tenant.id, id=id)
    if not doc:
        raise HTTPException(status_code=404, detail="Document not found")
    await arq.enqueue_job("summarize_document", str(doc.id), _job_id=f"summary:{doc.id}")
    return Message(message="Summary queued")


@router.post("/suggest-title")
async def suggest_title(tenant: AITenant, document_in: DocumentCreate) -> dict[str, str]:
    title = await get_summary_service().suggest_title(document_in.body, tenant_id=tenant.id)
    return {"title": title}


@router.post("/{id}/translate")
def translate_document(session: SessionDep, tenant: AITenant, id: uuid.UUID, req: TranslateRequest) -> dict[str, str]:
    doc = crud.document.get(session, tenant_id=tenant.id, id=id)
    if not doc:
        raise HTTPException(status_code=404, detail="Document not found")
    translated = openai_service.chat(
        doc.body[:20_000],
        system=f"Translate the user's document into {req.target_language}. Keep Markdown formatting.",
        temperature=0,
    )
    return {"language": req.target_language, "body": translated}
