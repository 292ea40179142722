import logging
from typing import Any, Literal

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from google.genai import types
from pydantic import BaseModel, Field

from app.api.deps import CurrentTenant, CurrentUser, GenAIDep, require_ai_feature
from app.core.config import settings
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.services.reply_drafter import DraftRequest, reply_drafter
from app.services.triage import triage_message

logger = logging.getLogger(__name__)

router = APIRouter(
    prefix="/replies",
    tags=["replies"],
    dependencies=[Depends(require_ai_feature("reply_drafts"))],
)


class ThreadTurn(BaseModel):
    text: str
    from_agent: bool = False


class DraftIn(BaseModel):
    customer_message: str = Field(min_length=1, max_length=20_000)
    history: list[ThreadTurn] = []
    tone: Literal["neutral", "formal", "warm"] = "neutral"
    knowledge_snippets: list[str] = []


class RewriteIn(BaseModel):
    text: str = Field(min_length=1, max_length=10_000)
    instruction: Literal["shorter", "friendlier", "more_formal", "fix_grammar"]


class TranslateIn(BaseModel):
    text: str = Field(min_length=1, max_length=10_000)
    target_language: str = Field(min_length=2, max_length=8)


class TriageIn(BaseModel):
    subject: str = ""
    body: str


def _to_request(body: DraftIn, tenant, user) -> DraftRequest:
    return DraftRequest(
        customer_message=body.customer_message,
        thread_history=[t.model_dump() for t in body.history],
        tone=body.tone,
        language=tenant.language,
        signature=user.full_name,
        knowledge_snippets=body.knowledge_snippets,
    )


@router.post("/draft")
async def draft_reply(body: DraftIn, tenant: CurrentTenant, user: CurrentUser) -> Any:
    text = await reply_drafter.draft(_to_request(body, tenant, user))
    return {"draft": text}


@router.post("/draft/stream")
async def draft_reply_stream(body: DraftIn, tenant: CurrentTenant, user: CurrentUser) -> StreamingResponse:
    req = _to_request(body, tenant, user)
    return StreamingResponse(reply_drafter.stream_draft(req), media_type="text/plain; charset=utf-8")


@router.post("/ack")
async def quick_ack(body: DraftIn, tenant: CurrentTenant) -> Any:
    text = await reply_drafter.quick_ack(
        body.customer_message, language=tenant.language, tenant_id=str(tenant.id)
    )
    return {"draft": text}


REWRITE_INSTRUCTIONS = {
    "shorter": "Make this reply about half as long, keep all facts.",
    "friendlier": "Make this reply warmer and friendlier.",
    "more_formal": "Make this reply more formal.",
    "fix_grammar": "Fix spelling and grammar only; do not change wording otherwise.",
}


@router.post("/rewrite")
async def rewrite_reply(body: RewriteIn, tenant: CurrentTenant) -> Any:
    text = await multi_model_service.generate_response(
        prompt=f"{REWRITE_INSTRUCTIONS[body.instruction]}\n\n---\n{body.text}",
        task_type="reply_rewrite",
        complexity=TaskComplexity.SIMPLE,
        system="You edit customer-support replies. Return only the edited reply.",
        tenant_id=str(tenant.id),
    )
    return {"text": text}


@router.post("/translate")
async def translate_reply(body: TranslateIn, genai_client: GenAIDep) -> Any:
    response = await run_in_threadpool(
        genai_client.models.generate_content,
        model=settings.GEMINI_FLASH_MODEL,
        contents=body.text,
        config=types.GenerateContentConfig(
            system_instruction=(
                f"Translate the user's text to language '{body.target_language}'. "
                "Keep formatting, names and numbers. Return only the translation."
            ),
            temperature=0.0,
        ),
    )
    return {"text": response.text}


@router.post("/triage")
async def triage(body: TriageIn) -> Any:
    result = await triage_message(body.subject, body.body)
    return result.model_dump()
