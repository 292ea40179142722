"""Moderation endpoints: pre-publish checks and appeals.

Appeals are reviewed by a stronger model than the one that flagged the content,
with the workspace's own community guidelines in the prompt.
"""
import logging
import uuid
from typing import Any

from anthropic import AnthropicBedrock
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel
from sqlmodel import select

from app.api.deps import AITenant, CurrentTenant, SessionDep
from app.core.config import settings
from app.models import ModerationEvent, ModerationVerdict
from app.services.moderation import moderation_service

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/moderation", tags=["moderation"])

claude = AnthropicBedrock(aws_region=settings.BEDROCK_REGION)

APPEAL_PROMPT = """A user's post was hidden by our automatic moderation.

Community guidelines:
{guidelines}

Flagged categories: {categories}
Classifier reason: {reason}

Post:
<post>{post}</post>

User's appeal:
<appeal>{appeal}</appeal>

Decide whether the post should be restored. Answer with RESTORE or UPHOLD on the first line,
then one sentence of justification."""


class CheckRequest(BaseModel):
    text: str


class AppealRequest(BaseModel):
    post: str
    appeal: str


@router.post("/check", response_model=ModerationVerdict)
def check(tenant: CurrentTenant, req: CheckRequest) -> Any:
    return moderation_service.check(req.text)


@router.get("/events")
def list_events(session: SessionDep, tenant: CurrentTenant, flagged_only: bool = True) -> list[ModerationEvent]:
    stmt = select(ModerationEvent).where(ModerationEvent.tenant_id == tenant.id)
    if flagged_only:
        stmt = stmt.where(ModerationEvent.flagged == True)  # noqa: E712
    return list(session.exec(stmt.limit(200)))


@router.post("/events/{event_id}/appeal")
def appeal(session: SessionDep, tenant: AITenant, event_id: uuid.UUID, req: AppealRequest) -> dict[str, str]:
    event = session.get(ModerationEvent, event_id)
    if event is None or event.tenant_id != tenant.id:
        raise HTTPException(status_code=404, detail="Moderation event not found")

    message = claude.messages.create(
        model=settings.BEDROCK_CLAUDE_MODEL_ID,
        max_tokens=200,
        temperature=0,
        messages=[
            {
                "role": "user",
                "content": APPEAL_PROMPT.format(
                    guidelines="(default guidelines)",
                    categories=", ".join(event.categories) or "none",
                    reason=event.reason or "n/a",
                    post=req.post[:8000],
                    appeal=req.appeal[:2000],
                ),
            }
        ],
    )
    text = message.content[0].text.strip()
    outcome = "restored" if text.upper().startswith("RESTORE") else "upheld"
    event.appeal_text = req.appeal
    event.appeal_outcome = outcome
    session.add(event)
    session.commit()
    logger.info("appeal %s -> %s", event_id, outcome)
    return {"outcome": outcome, "explanation": text.split("\n", 1)[-1].strip()}
