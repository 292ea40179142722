"""Input screening before anything is sent to an external model."""
from __future__ import annotations

import logging
import re

from copilot.config import settings
from copilot.providers import get_openai

log = logging.getLogger(__name__)

_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_CARD = re.compile(r"\b(?:\d[ -]?){13,16}\b")


def scrub_pii(text: str) -> str:
    text = _SSN.sub("[SSN]", text)
    return _CARD.sub("[CARD]", text)


async def is_flagged(text: str) -> bool:
    if not settings.enable_moderation:
        return False
    result = await get_openai().moderations.create(model="omni-moderation-latest", input=text)
    flagged = result.results[0].flagged
    if flagged:
        log.info("moderation flagged input: %s", result.results[0].categories)
    return flagged
