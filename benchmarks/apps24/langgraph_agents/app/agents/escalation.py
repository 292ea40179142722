"""Escalation to tier-2: hand-off note generated on Bedrock (data residency requirement)."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from app.agents.prompts import ESCALATION_SYSTEM, render_transcript
from app.config import settings
from app.graphs.state import TicketState
from app.providers import get_bedrock_runtime
from app.providers.bedrock import BedrockChat, converse_text
from app.tools.orders import EscalationQueue

logger = logging.getLogger(__name__)


class EscalationAgent:
    def __init__(self, chat: BedrockChat | None = None, queue: EscalationQueue | None = None):
        self.chat = chat or BedrockChat(settings.escalation_model_id, max_tokens=600)
        self.queue = queue or EscalationQueue()

    def __call__(self, state: TicketState) -> dict:
        history = [m for m in state["messages"] if m["role"] in ("user", "assistant")]
        note = self.chat.converse(ESCALATION_SYSTEM, history)
        ticket = self.queue.create(
            ticket_id=state["ticket_id"],
            note=note["text"],
            priority="high" if state.get("flagged") else "normal",
            created_at=datetime.now(timezone.utc),
        )
        logger.info("escalated %s -> queue item %s", state["ticket_id"], ticket.id)
        return {"escalated": True, "summary": note["text"]}


def escalation_reason(state: TicketState) -> dict:
    """One-line reason shown in the tier-2 queue list view."""
    client = get_bedrock_runtime()
    response = client.converse(
        modelId=settings.escalation_model_id,
        messages=[
            {
                "role": "user",
                "content": [
                    {"text": "In one short line, why does this ticket need a human?\n\n" + render_transcript(state["messages"][-4:])}
                ],
            }
        ],
        inferenceConfig={"maxTokens": 60, "temperature": 0.0},
    )
    return {"qa_reason": converse_text(response).strip()}
