import uuid
from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from app import crud
from app.api.deps import AITenant, BedrockDep, SessionDep
from app.core.config import settings
from app.models import DraftReply, DraftRequest
from app.services import gemini
from app.services.llm_usage_tracker import llm_tracker
from app.services.reply_drafting import ReplyDrafter

router = APIRouter(prefix="/tickets", tags=["tickets"])


class RewriteRequest(BaseModel):
    draft: str
    tone: str


class RefineRequest(BaseModel):
    draft: str
    instructions: list[str]


def _load(session: SessionDep, tenant_id: uuid.UUID, ticket_id: uuid.UUID):
    ticket = crud.get_ticket(session, tenant_id=tenant_id, ticket_id=ticket_id)
    if ticket is None:
        raise HTTPException(status_code=404, detail="Ticket not found")
    return ticket, crud.get_ticket_thread(session, ticket_id=ticket.id)


@router.post("/{ticket_id}/draft", response_model=DraftReply)
async def draft_reply(session: SessionDep, tenant: AITenant, ticket_id: uuid.UUID, req: DraftRequest) -> Any:
    ticket, thread = _load(session, tenant.id, ticket_id)
    body = await ReplyDrafter(tenant.name).draft(ticket, thread, tone=req.tone, extra=req.extra_instructions)
    crud.add_ticket_message(session, ticket_id=ticket.id, author="draft", body=body)
    return DraftReply(ticket_id=ticket.id, body=body, model=settings.BEDROCK_CLAUDE_MODEL_ID)


@router.post("/{ticket_id}/draft/stream")
def stream_draft(session: SessionDep, tenant: AITenant, ticket_id: uuid.UUID, req: DraftRequest) -> StreamingResponse:
    _, thread = _load(session, tenant.id, ticket_id)
    return StreamingResponse(ReplyDrafter(tenant.name).stream_draft(thread, tone=req.tone), media_type="text/plain")


@router.post("/{ticket_id}/draft/rewrite")
async def rewrite_draft(tenant: AITenant, ticket_id: uuid.UUID, req: RewriteRequest) -> dict[str, str]:
    return {"body": await ReplyDrafter(tenant.name).rewrite(req.draft, req.tone)}


@router.post("/{ticket_id}/draft/refine")
async def refine_draft(tenant: AITenant, ticket_id: uuid.UUID, req: RefineRequest) -> dict[str, str]:
    body = await run_in_threadpool(gemini.refine_draft, req.draft, req.instructions)
    return {"body": body}


@router.post("/{ticket_id}/subject")
def suggest_subject(session: SessionDep, tenant: AITenant, bedrock: BedrockDep, ticket_id: uuid.UUID) -> dict[str, str]:
    """Customers often email with subjects like 'help' - suggest a better one."""
    ticket, thread = _load(session, tenant.id, ticket_id)
    first = thread[0].body if thread else ticket.subject
    resp = bedrock.converse(
        modelId=settings.BEDROCK_CLAUDE_FAST_MODEL_ID,
        messages=[
            {
                "role": "user",
                "content": [{"text": f"Write a ticket subject (max 8 words) for:\n\n{first[:3000]}"}],
            }
        ],
        inferenceConfig={"maxTokens": 30, "temperature": 0},
    )
    subject = resp["output"]["message"]["content"][0]["text"].strip().strip('"')
    return {"subject": subject}


@router.post("/{ticket_id}/handoff-note")
async def handoff_note(session: SessionDep, tenant: AITenant, bedrock: BedrockDep, ticket_id: uuid.UUID) -> dict[str, str]:
    """Summary for the next agent when a ticket changes hands."""
    ticket, thread = _load(session, tenant.id, ticket_id)
    transcript = "\n\n".join(f"{m.author.upper()}: {m.body}" for m in thread)
    async with llm_tracker.track_llm_call(
        provider="bedrock",
        model=settings.BEDROCK_CLAUDE_FAST_MODEL_ID,
        feature_context="ticket_handoff",
        tenant_id=tenant.id,
    ) as usage_log:
        resp = await run_in_threadpool(
            lambda: bedrock.converse(
                modelId=settings.BEDROCK_CLAUDE_FAST_MODEL_ID,
                system=[{"text": "Summarise this support ticket for the agent taking it over. Bullet points."}],
                messages=[{"role": "user", "content": [{"text": f"Subject: {ticket.subject}\n\n{transcript}"}]}],
                inferenceConfig={"maxTokens": 400},
            )
        )
        usage_log.input_tokens = resp["usage"]["inputTokens"]
        usage_log.output_tokens = resp["usage"]["outputTokens"]
    return {"note": resp["output"]["message"]["content"][0]["text"]}
