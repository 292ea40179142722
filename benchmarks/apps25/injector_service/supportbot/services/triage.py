"""Ticket triage: category, urgency and a drafted first reply (Anthropic)."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from enum import Enum

import anthropic
from injector import inject

from supportbot.settings import Settings

log = logging.getLogger(__name__)


class Category(str, Enum):
    CARD = "card"
    TRANSFER = "transfer"
    FRAUD = "fraud"
    ACCOUNT = "account"
    KYC = "kyc"
    OTHER = "other"


@dataclass
class TriageResult:
    category: Category
    urgency: int
    rationale: str


TRIAGE_TOOL = {
    "name": "record_triage",
    "description": "Record the triage decision for a support ticket.",
    "input_schema": {
        "type": "object",
        "properties": {
            "category": {"type": "string", "enum": [c.value for c in Category]},
            "urgency": {"type": "integer", "minimum": 1, "maximum": 5},
            "rationale": {"type": "string"},
        },
        "required": ["category", "urgency", "rationale"],
    },
}


class TriageService:
    @inject
    def __init__(self, client: anthropic.AsyncAnthropic, settings: Settings) -> None:
        self._anthropic = client
        self._triage_model = settings.triage_model
        self._drafting_model = settings.drafting_model

    async def prompt_size(self, ticket_text: str) -> int:
        count = await self._anthropic.messages.count_tokens(
            model=self._triage_model,
            messages=[{"role": "user", "content": ticket_text}],
            tools=[TRIAGE_TOOL],
        )
        return count.input_tokens

    async def triage(self, ticket_text: str) -> TriageResult:
        msg = await self._anthropic.messages.create(
            model=self._triage_model,
            max_tokens=400,
            tools=[TRIAGE_TOOL],
            tool_choice={"type": "tool", "name": "record_triage"},
            messages=[{"role": "user", "content": f"Triage this ticket:\n\n{ticket_text}"}],
        )
        for block in msg.content:
            if block.type == "tool_use":
                data = block.input
                return TriageResult(Category(data["category"]), int(data["urgency"]), data["rationale"])
        log.warning("triage: no tool_use block, raw=%s", json.dumps([b.model_dump() for b in msg.content]))
        return TriageResult(Category.OTHER, 3, "model did not call the tool")

    async def stream_draft(self, ticket_text: str, tone: str = "warm"):
        """Yields text deltas of a first-reply draft for the agent console."""
        async with self._anthropic.messages.stream(
            model=self._drafting_model,
            max_tokens=900,
            system=f"You draft replies for Ledgerline support agents. Tone: {tone}. Never promise refunds.",
            messages=[{"role": "user", "content": ticket_text}],
        ) as stream:
            async for text in stream.text_stream:
                yield text
