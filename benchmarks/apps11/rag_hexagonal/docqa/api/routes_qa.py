"""Question answering endpoints."""
from __future__ import annotations

import json
import logging
from typing import List, Optional

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from docqa import prompts
from docqa.api.deps import get_container, tenant_id
from docqa.application.answer_question import AskCommand
from docqa.bootstrap import Container
from docqa.domain import ChatTurn

logger = logging.getLogger(__name__)

router = APIRouter(tags=["qa"])


class TurnIn(BaseModel):
    role: str = Field(pattern="^(user|assistant)$")
    content: str


class AskIn(BaseModel):
    question: str = Field(min_length=1, max_length=4000)
    history: List[TurnIn] = []
    document_ids: Optional[List[str]] = None


class CitationOut(BaseModel):
    document_id: str
    chunk_id: str
    page: Optional[int]
    quote: str


class AnswerOut(BaseModel):
    text: str
    citations: List[CitationOut]
    model: str
    grounded: bool


class FeedbackIn(BaseModel):
    question: str
    answer: str
    helpful: bool
    comment: str = ""


def _command(body: AskIn, tenant: str) -> AskCommand:
    return AskCommand(
        tenant_id=tenant,
        question=body.question,
        history=[ChatTurn(role=t.role, content=t.content) for t in body.history],
        document_ids=body.document_ids,
    )


@router.post("/ask", response_model=AnswerOut)
async def ask(body: AskIn, tenant: str = Depends(tenant_id), c: Container = Depends(get_container)) -> AnswerOut:
    answer = await c.answer_question.execute(_command(body, tenant))
    return AnswerOut(
        text=answer.text,
        citations=[CitationOut(**vars(ci)) for ci in answer.citations],
        model=answer.model,
        grounded=answer.grounded,
    )


@router.post("/ask/stream")
async def ask_stream(body: AskIn, tenant: str = Depends(tenant_id), c: Container = Depends(get_container)):
    async def events():
        async for piece in c.answer_question.stream(_command(body, tenant)):
            yield f"data: {json.dumps({'delta': piece})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@router.get("/documents/{document_id}/suggested-questions")
async def suggested_questions(
    document_id: str,
    n: int = Query(4, ge=1, le=10),
    tenant: str = Depends(tenant_id),
    c: Container = Depends(get_container),
) -> dict:
    doc = await c.documents.get(tenant, document_id)
    outline = doc.metadata.get("outline") or doc.metadata.get("summary") or doc.title
    resp = await c.openai.responses.create(
        model=c.settings.fast_model_openai,
        instructions=prompts.SUGGEST_SYSTEM.format(n=n),
        input=outline,
        max_output_tokens=300,
    )
    questions = [q.strip() for q in resp.output_text.splitlines() if q.strip()]
    return {"document_id": document_id, "questions": questions[:n]}


@router.post("/feedback", status_code=202)
async def feedback(body: FeedbackIn, tenant: str = Depends(tenant_id), c: Container = Depends(get_container)) -> dict:
    label = None
    if not body.helpful:
        resp = await c.gemini.aio.models.generate_content(
            model=c.settings.fast_model_gemini,
            contents=prompts.FEEDBACK_TRIAGE_PROMPT.format(
                question=body.question, answer=body.answer, comment=body.comment or "(none)"
            ),
            config={"temperature": 0, "max_output_tokens": 10},
        )
        label = (resp.text or "other").strip().lower()
    logger.info("feedback tenant=%s helpful=%s label=%s", tenant, body.helpful, label)
    return {"accepted": True, "label": label}


@router.get("/autocomplete")
async def autocomplete(
    q: str = Query(..., min_length=1, max_length=200),
    tenant: str = Depends(tenant_id),
    c: Container = Depends(get_container),
) -> list:
    suggestions = await c.autocomplete.completion(tenant_id=tenant, prefix=q)
    return [vars(s) for s in suggestions]
