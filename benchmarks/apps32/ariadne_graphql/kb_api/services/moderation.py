from __future__ import annotations

import logging
from dataclasses import dataclass

from kb_api.services import openai_client

log = logging.getLogger(__name__)


@dataclass
class ModerationVerdict:
    flagged: bool
    categories: list[str]


async def moderate(text: str) -> ModerationVerdict:
    result = await openai_client().moderations.create(model="omni-moderation-latest", input=text)
    first = result.results[0]
    cats = [name for name, hit in first.categories.model_dump().items() if hit]
    if first.flagged:
        log.info("moderation flagged content: %s", cats)
    return ModerationVerdict(flagged=first.flagged, categories=cats)
