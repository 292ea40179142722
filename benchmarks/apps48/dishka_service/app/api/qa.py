from __future__ import annotations

from anthropic import AsyncAnthropic
from dishka.integrations.fastapi import FromDishka, inject
from fastapi import APIRouter, HTTPException
from fastapi.responses import StreamingResponse

from app.config import Settings
from app.domain.models import AskRequest, AskResponse
from app.services.moderation import ModerationService
from app.services.qa_service import QAService

router = APIRouter(prefix="/qa", tags=["qa"])


@router.post("/ask", response_model=AskResponse)
@inject
async def ask(
    body: AskRequest,
    qa: FromDishka[QAService],
    moderation: FromDishka[ModerationService],
) -> AskResponse:
    verdict = await moderation.check(body.question)
    if verdict.flagged:
        raise HTTPException(status_code=422, detail={"flagged": verdict.categories})
    response = await qa.answer(body)
    return response


@router.post("/followups")
@inject
async def followups(body: AskRequest, answer: str, qa: FromDishka[QAService]) -> dict:
    return {"questions": await qa.suggest_followups(body.question, answer)}


@router.post("/ask/stream")
@inject
async def ask_stream(body: AskRequest, qa: FromDishka[QAService]) -> StreamingResponse:
    return StreamingResponse(qa.stream_answer(body), media_type="text/plain")


@router.post("/rewrite")
@inject
async def rewrite_question(
    body: AskRequest,
    claude: FromDishka[AsyncAnthropic],
    settings: FromDishka[Settings],
) -> dict:
    """Turns a chatty question into a search query. Added for the widget, never moved into a service."""
    msg = await claude.messages.create(
        model=settings.anthropic_fast_model,
        max_tokens=100,
        messages=[
            {
                "role": "user",
                "content": f"Rewrite as a short keyword search query, no explanation:\n{body.question}",
            }
        ],
    )
    return {"query": msg.content[0].text.strip()}
