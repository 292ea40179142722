"""Escalation to a human: open the ticket and attach an AI-written hand-off note.

Hand-off notes contain customer data, so they are written by our Azure OpenAI deployment
(EU region) rather than the public APIs.
"""
from __future__ import annotations

import logging
from typing import Dict, List, Optional

from bot.llm.azure import chat_deployment, get_azure_client
from bot.llm.prompts import HANDOFF_PROMPT
from bot.models import Conversation, Ticket, TriageResult
from bot.services.ticketing import ZendeskClient
from bot.utils import truncate, with_retry

log = logging.getLogger(__name__)


def _transcript(convo: Conversation) -> str:
    return "\n".join(f"{t.role.upper()}: {t.content}" for t in convo.turns[-30:])


def write_handoff_note(convo: Conversation, triage: Optional[TriageResult] = None) -> str:
    client = get_azure_client()
    messages: List[Dict[str, str]] = [
        {"role": "system", "content": HANDOFF_PROMPT},
        {"role": "user", "content": _transcript(convo)},
    ]
    if triage is not None:
        messages.append({"role": "user", "content": f"Triage: {triage.to_dict()}"})
    response = with_retry(
        client.chat.completions.create,
        model=chat_deployment(),
        messages=messages,
        temperature=0.2,
        max_tokens=600,
        attempts=4,
    )
    return response.choices[0].message.content.strip()


class HandoffService:
    def __init__(self, zendesk: Optional[ZendeskClient] = None) -> None:
        self.zendesk = zendesk or ZendeskClient()

    def escalate(self, convo: Conversation, triage: TriageResult, requester_email: Optional[str] = None) -> int:
        first = convo.turns[0].content if convo.turns else "Support request"
        ticket = Ticket(
            subject=truncate(first.splitlines()[0], 120),
            description=_transcript(convo),
            requester_email=requester_email,
            priority=triage.urgency.value,
            tags=[f"cat-{triage.category}", f"via-{convo.platform.value}"],
            external_id=convo.key,
        )
        ticket_id = self.zendesk.create_ticket(ticket)
        try:
            note = write_handoff_note(convo, triage)
            self.zendesk.add_internal_note(ticket_id, note)
        except Exception:
            log.exception("hand-off note failed; ticket %s has no summary", ticket_id)
        return ticket_id
