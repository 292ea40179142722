from __future__ import annotations

from uuid import UUID

from dishka.integrations.fastapi import DishkaRoute, FromDishka
from fastapi import APIRouter, HTTPException
from fastapi.responses import StreamingResponse

from app.domain.models import SummaryRequest, SummaryResponse
from app.repositories.documents import DocumentRepository
from app.services.bedrock_gateway import BedrockGateway
from app.services.summary_service import SummaryService

# this router uses DishkaRoute instead of decorating every handler with @inject
router = APIRouter(prefix="/summaries", tags=["summaries"], route_class=DishkaRoute)


@router.post("", response_model=SummaryResponse)
async def create_summary(
    body: SummaryRequest,
    docs: FromDishka[DocumentRepository],
    summaries: FromDishka[SummaryService],
) -> SummaryResponse:
    doc = await docs.get(body.document_id)
    if doc is None:
        raise HTTPException(404, "document not found")
    text, backend = await summaries.summarize(doc, body.style, body.max_words)
    await docs.set_summary(doc.id, text)
    return SummaryResponse(document_id=doc.id, summary=text, backend=backend)


@router.get("/{document_id}/stream")
async def stream_summary(
    document_id: UUID,
    docs: FromDishka[DocumentRepository],
    summaries: FromDishka[SummaryService],
) -> StreamingResponse:
    doc = await docs.get(document_id)
    if doc is None:
        raise HTTPException(404, "document not found")
    return StreamingResponse(summaries.stream_summary(doc), media_type="text/plain")


@router.get("/{document_id}/bedrock-stream")
async def stream_summary_bedrock(
    document_id: UUID,
    docs: FromDishka[DocumentRepository],
    gateway: FromDishka[BedrockGateway],
) -> StreamingResponse:
    doc = await docs.get(document_id)
    if doc is None:
        raise HTTPException(404, "document not found")
    return StreamingResponse(
        gateway.stream("Summarize the document briefly.", doc.text), media_type="text/plain"
    )
