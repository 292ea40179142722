from __future__ import annotations

import logging
from dataclasses import dataclass

from openai import AsyncOpenAI

logger = logging.getLogger(__name__)


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]


class ModerationService:
    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client

    async def check(self, text: str) -> ModerationResult:
        resp = await self._client.moderations.create(model="omni-moderation-latest", input=text)
        result = resp.results[0]
        cats = [name for name, hit in result.categories.model_dump().items() if hit]
        if result.flagged:
            logger.warning("moderation flagged input: %s", cats)
        return ModerationResult(flagged=result.flagged, categories=cats)
