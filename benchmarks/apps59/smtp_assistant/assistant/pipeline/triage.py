"""Classify inbound mail: category + urgency."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from anthropic import AsyncAnthropic

from assistant.config import get_settings
from assistant.llm.prompts import TRIAGE_SYSTEM
from assistant.parsing import ParsedMessage

log = logging.getLogger(__name__)

CATEGORIES = {"invoice", "support", "sales", "personal", "newsletter", "spam", "other"}


@dataclass
class TriageResult:
    category: str
    urgency: int
    reason: str = ""
    flagged: bool = False

    @classmethod
    def fallback(cls) -> "TriageResult":
        return cls(category="other", urgency=2, reason="triage unavailable")


def _parse(raw: str) -> TriageResult:
    start, end = raw.find("{"), raw.rfind("}")
    try:
        data = json.loads(raw[start : end + 1])
    except (ValueError, json.JSONDecodeError):
        log.warning("unparseable triage output: %r", raw[:200])
        return TriageResult.fallback()
    cat = str(data.get("category", "other")).lower()
    if cat not in CATEGORIES:
        cat = "other"
    try:
        urgency = max(1, min(5, int(data.get("urgency", 2))))
    except (TypeError, ValueError):
        urgency = 2
    return TriageResult(cat, urgency, str(data.get("reason", "")))


class Triager:
    """Claude-backed classifier. The client is injected so tests can pass a fake."""

    def __init__(self, client: AsyncAnthropic, moderation_client=None, model: str | None = None):
        self._client = client
        self._moderation = moderation_client
        self.model = model or get_settings().anthropic_fast_model

    async def classify(self, msg: ParsedMessage) -> TriageResult:
        response = await self._client.messages.create(
            model=self.model,
            max_tokens=200,
            system=TRIAGE_SYSTEM,
            messages=[{"role": "user", "content": msg.short(4000)}],
        )
        text = "".join(b.text for b in response.content if getattr(b, "type", "") == "text")
        result = _parse(text)
        if self._moderation is not None and result.category in {"personal", "other", "support"}:
            result.flagged = await self._is_abusive(msg.body)
        return result

    async def _is_abusive(self, text: str) -> bool:
        mod = await self._moderation.moderations.create(model="omni-moderation-latest", input=text[:8000])
        return any(r.flagged for r in mod.results)
