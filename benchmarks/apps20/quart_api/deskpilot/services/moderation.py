from __future__ import annotations

from dataclasses import dataclass

from quart import current_app

from ..clients import openai_client


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]


async def moderate(text: str) -> ModerationResult:
    result = await openai_client().moderations.create(
        model="omni-moderation-latest", input=text
    )
    r = result.results[0]
    cats = [name for name, hit in r.categories.model_dump().items() if hit]
    return ModerationResult(flagged=r.flagged, categories=cats)


async def moderate_batch(texts: list[str]) -> list[ModerationResult]:
    client = current_app.openai_client
    result = await client.moderations.create(model="omni-moderation-latest", input=texts)
    return [
        ModerationResult(r.flagged, [k for k, v in r.categories.model_dump().items() if v])
        for r in result.results
    ]
