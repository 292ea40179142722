"""Decide whether a ticket needs a human specialist, and ping Slack if so."""
from __future__ import annotations

import logging
from typing import Literal, Optional

import httpx
from pydantic import BaseModel

from common.clients import get_openai
from common.settings import get_settings

log = logging.getLogger(__name__)


class EscalationDecision(BaseModel):
    escalate: bool
    team: Literal["billing", "security", "technical", "legal", "none"]
    urgency: Literal["low", "normal", "high"]
    reason: str


POLICY = """Escalate when: the customer mentions a security incident or data breach,
legal action, a refund over $1,000, a production outage, or they are clearly angry
after two or more contacts. Otherwise do not escalate."""


def classify(ticket_text: str) -> EscalationDecision:
    completion = get_openai().chat.completions.parse(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": POLICY},
            {"role": "user", "content": ticket_text},
        ],
        response_format=EscalationDecision,
        temperature=0,
    )
    decision = completion.choices[0].message.parsed
    if decision is None:  # refusal
        return EscalationDecision(escalate=True, team="none", urgency="normal",
                                  reason="model refused to classify")
    return decision


def notify_slack(decision: EscalationDecision, ticket_id: str, agent: Optional[str]) -> None:
    url = get_settings().slack_escalation_webhook
    if not url:
        log.info("no slack webhook configured, skipping escalation ping for %s", ticket_id)
        return
    text = (f":rotating_light: Ticket {ticket_id} → *{decision.team}* ({decision.urgency})\n"
            f"{decision.reason}\nFlagged by {agent or 'support helper'}")
    resp = httpx.post(url, json={"text": text}, timeout=5)
    if resp.status_code >= 300:
        log.warning("slack webhook returned %s", resp.status_code)
