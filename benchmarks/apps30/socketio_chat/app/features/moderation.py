"""Inbound message moderation."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from app.providers.clients import get_openai

logger = logging.getLogger(__name__)

_CARD_RE = re.compile(r"\b(?:\d[ -]*?){13,16}\b")


@dataclass
class ModerationVerdict:
    allowed: bool
    categories: list[str]
    redacted: str


def redact_pii(text: str) -> str:
    return _CARD_RE.sub("[card removed]", text)


class Moderator:
    def __init__(self, enabled: bool = True, model: str = "omni-moderation-latest") -> None:
        self.enabled = enabled
        self.model = model

    async def check(self, text: str) -> ModerationVerdict:
        redacted = redact_pii(text)
        if not self.enabled or not text.strip():
            return ModerationVerdict(True, [], redacted)
        result = await get_openai().moderations.create(model=self.model, input=redacted)
        r = result.results[0]
        flagged = [name for name, hit in r.categories.model_dump().items() if hit]
        if r.flagged:
            logger.info("message flagged: %s", flagged)
        return ModerationVerdict(not r.flagged, flagged, redacted)
