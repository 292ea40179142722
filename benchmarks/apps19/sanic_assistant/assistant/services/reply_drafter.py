"""Draft replies for human agents ("Suggest reply" button in the console).

Uses Claude with a small tool loop so it can look things up in the KB.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from anthropic import AsyncAnthropic

from ..prompts import DRAFT_SYSTEM, render_ticket

log = logging.getLogger(__name__)

DRAFT_MODEL = "claude-3-5-sonnet-latest"
MAX_TOOL_ROUNDS = 3

KB_TOOL = {
    "name": "search_knowledge_base",
    "description": "Search help-center articles. Returns the top matching snippets.",
    "input_schema": {
        "type": "object",
        "properties": {"query": {"type": "string"}},
        "required": ["query"],
    },
}


class ReplyDrafter:
    def __init__(self, anthropic: AsyncAnthropic, kb: Any, model: str = DRAFT_MODEL):
        self.anthropic = anthropic
        self.kb = kb
        self.model = model
        self.last_rate_limit: dict[str, str] = {}

    async def estimate_prompt_tokens(self, ticket: dict) -> int:
        count = await self.anthropic.messages.count_tokens(
            model=self.model,
            system=DRAFT_SYSTEM,
            messages=[{"role": "user", "content": render_ticket(ticket)}],
            tools=[KB_TOOL],
        )
        return count.input_tokens

    async def draft(self, ticket: dict, tone: str = "friendly") -> str:
        messages: list[dict] = [
            {"role": "user", "content": f"Tone: {tone}\n\n{render_ticket(ticket)}"},
        ]
        for _ in range(MAX_TOOL_ROUNDS):
            raw = await self.anthropic.messages.with_raw_response.create(
                model=self.model,
                max_tokens=800,
                system=DRAFT_SYSTEM,
                tools=[KB_TOOL],
                messages=messages,
            )
            self.last_rate_limit = {
                k: v for k, v in raw.headers.items() if k.startswith("anthropic-ratelimit-")
            }
            msg = raw.parse()
            if msg.stop_reason != "tool_use":
                return "".join(b.text for b in msg.content if b.type == "text")

            messages.append({"role": "assistant", "content": msg.content})
            results = []
            for block in msg.content:
                if block.type != "tool_use":
                    continue
                hits = await self.kb.search(block.input.get("query", ""), limit=4)
                results.append(
                    {
                        "type": "tool_result",
                        "tool_use_id": block.id,
                        "content": json.dumps([h.snippet for h in hits]),
                    }
                )
            messages.append({"role": "user", "content": results})
        log.info("draft hit MAX_TOOL_ROUNDS for ticket %s", ticket.get("id"))
        return ""

    async def polish(self, text: str) -> str:
        """Grammar pass on what the agent typed. Cheap model."""
        msg = await self.anthropic.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=600,
            messages=[
                {
                    "role": "user",
                    "content": "Fix grammar and spelling, keep the meaning and tone. Return only the text.\n\n" + text,
                }
            ],
        )
        return msg.content[0].text
