"""Ticket triage: category + priority + sentiment, as JSON."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from groq import AsyncGroq

from ..prompts import TRIAGE_SYSTEM, render_ticket
from .llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

CATEGORIES = ("billing", "bug", "account", "how_to", "feature_request", "other")


@dataclass
class TriageResult:
    category: str
    priority: int
    sentiment: str
    summary: str

    @classmethod
    def parse(cls, raw: str) -> "TriageResult":
        data = json.loads(raw)
        category = data.get("category", "other")
        if category not in CATEGORIES:
            category = "other"
        return cls(
            category=category,
            priority=int(data.get("priority", 3)),
            sentiment=data.get("sentiment", "neutral"),
            summary=data.get("summary", "")[:280],
        )


class TicketTriager:
    def __init__(self, client: AsyncGroq, model: str = "llama-3.1-8b-instant"):
        self._client = client
        self.model = model

    def _messages(self, ticket: dict) -> list[dict]:
        return [
            {"role": "system", "content": TRIAGE_SYSTEM},
            {"role": "user", "content": render_ticket(ticket)},
        ]

    async def classify(self, ticket: dict) -> TriageResult:
        resp = await self._client.chat.completions.create(
            model=self.model,
            messages=self._messages(ticket),
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            return TriageResult.parse(resp.choices[0].message.content)
        except (json.JSONDecodeError, ValueError):
            log.warning("triage returned junk for ticket %s", ticket.get("id"))
            return TriageResult("other", 3, "neutral", "")

    async def classify_tracked(self, ticket: dict, tenant: str | None = None) -> TriageResult:
        """Same as classify, but billed to the tenant. Console uses this one."""
        async with llm_tracker.track_llm_call(
            provider="groq", model=self.model, feature_context="ticket_triage", tenant=tenant
        ) as usage_log:
            resp = await self._client.chat.completions.create(
                model=self.model,
                messages=self._messages(ticket),
                response_format={"type": "json_object"},
                temperature=0,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return TriageResult.parse(resp.choices[0].message.content)
