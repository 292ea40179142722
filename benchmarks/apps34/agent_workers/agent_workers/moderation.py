"""Input moderation gate applied by the runner before user-supplied text reaches a plugin."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

from agent_workers import clients


@dataclass
class ModerationVerdict:
    flagged: bool
    categories: list[str]


def moderate(text: str, model: str = "omni-moderation-latest") -> ModerationVerdict:
    result = clients.get_openai_client().moderations.create(model=model, input=text).results[0]
    cats = [name for name, hit in result.categories.model_dump().items() if hit]
    return ModerationVerdict(flagged=result.flagged, categories=cats)


async def amoderate(text: str) -> ModerationVerdict:
    return await asyncio.to_thread(moderate, text)
