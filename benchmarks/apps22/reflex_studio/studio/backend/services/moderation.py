"""Pre-publish safety check on generated copy."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from ..clients import get_openai

logger = logging.getLogger(__name__)

BLOCKLIST = ("guaranteed results", "risk-free", "cure", "#1 in the world")


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]
    blocklist_hits: list[str]


def blocklist_hits(text: str) -> list[str]:
    lowered = text.lower()
    return [phrase for phrase in BLOCKLIST if phrase in lowered]


async def moderate(text: str) -> ModerationResult:
    hits = blocklist_hits(text)
    resp = await get_openai().moderations.create(model="omni-moderation-latest", input=text)
    result = resp.results[0]
    cats = [name for name, on in result.categories.model_dump().items() if on]
    return ModerationResult(flagged=result.flagged or bool(hits), categories=cats, blocklist_hits=hits)
