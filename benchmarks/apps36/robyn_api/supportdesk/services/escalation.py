"""Escalation to tier-2: summary + slack ping."""

from __future__ import annotations

import logging

from supportdesk.legacy.gpt_helpers import ask_claude
from supportdesk.legacy.http_llm import claude_escalation_summary, notify_slack
from supportdesk.llm.registry import registry
from supportdesk.repositories.tickets import TicketRepository

logger = logging.getLogger(__name__)


class EscalationService:
    def __init__(self, tickets: TicketRepository | None = None):
        self.tickets = tickets or TicketRepository()

    def needs_escalation(self, thread: str) -> bool:
        """Cheap yes/no gate before we bother tier-2."""
        slot = registry.get("cheap")
        resp = slot.client.chat.completions.create(
            model=slot.model,
            messages=[
                {"role": "system", "content": "Answer YES if this thread needs a tier-2 engineer, else NO."},
                {"role": "user", "content": thread[-6000:]},
            ],
            max_tokens=2,
        )
        return (resp.choices[0].message.content or "").strip().upper().startswith("Y")

    async def escalate(self, ticket_id: int, thread: str) -> str:
        ticket = self.tickets.get(ticket_id)
        if ticket is None:
            raise LookupError(ticket_id)
        try:
            summary = await claude_escalation_summary(thread)
        except Exception:
            logger.exception("http summary failed, falling back to SDK helper")
            summary = ask_claude(f"Summarise for escalation:\n{thread}")
        self.tickets.add_tags(ticket_id, ["escalated"])
        notify_slack(f"Ticket #{ticket_id} escalated: {summary}")
        return summary
