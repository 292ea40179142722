"""Entity extraction with Claude tool use."""
from __future__ import annotations

import logging
from typing import Any

from app.enrich.clients import get_anthropic
from app.enrich.prompts import ENTITIES_SYSTEM
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

ENTITY_TOOL = {
    "name": "record_entities",
    "description": "Record the entities found in the review.",
    "input_schema": {
        "type": "object",
        "properties": {
            "brands": {"type": "array", "items": {"type": "string"}},
            "products": {"type": "array", "items": {"type": "string"}},
            "people": {"type": "array", "items": {"type": "string"}},
            "locations": {"type": "array", "items": {"type": "string"}},
            "order_ids": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["brands", "products"],
    },
}

EMPTY = {"brands": [], "products": [], "people": [], "locations": [], "order_ids": []}


def _tool_input(message) -> dict[str, Any]:
    for block in message.content:
        if block.type == "tool_use" and block.name == "record_entities":
            return {**EMPTY, **block.input}
    return dict(EMPTY)


class EntityExtractor:
    def __init__(self, model: str, client=None, max_tokens: int = 800) -> None:
        self.model = model
        self._client = client
        self.max_tokens = max_tokens

    @property
    def client(self):
        if self._client is None:
            self._client = get_anthropic()
        return self._client

    def extract(self, text: str) -> dict[str, Any]:
        message = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=ENTITIES_SYSTEM,
            tools=[ENTITY_TOOL],
            tool_choice={"type": "tool", "name": "record_entities"},
            messages=[{"role": "user", "content": text}],
        )
        return _tool_input(message)

    def estimate_input_tokens(self, text: str) -> int:
        # free endpoint, used to skip very long reviews before extraction
        result = self.client.messages.count_tokens(
            model=self.model,
            system=ENTITIES_SYSTEM,
            tools=[ENTITY_TOOL],
            messages=[{"role": "user", "content": text}],
        )
        return result.input_tokens


async def extract_entities_tracked(text: str, model: str) -> dict[str, Any]:
    """Tracked variant used by the async backfill."""
    client = get_anthropic()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="entity_extraction"
    ) as usage_log:
        message = client.messages.create(
            model=model,
            max_tokens=800,
            system=ENTITIES_SYSTEM,
            tools=[ENTITY_TOOL],
            tool_choice={"type": "tool", "name": "record_entities"},
            messages=[{"role": "user", "content": text}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return _tool_input(message)
