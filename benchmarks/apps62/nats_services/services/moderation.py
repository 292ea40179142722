from __future__ import annotations

import logging

from svc import Service, rpc

log = logging.getLogger(__name__)

BLOCK_CATEGORIES = {"sexual/minors", "self-harm/instructions", "violence/graphic"}


class ModerationService(Service):
    """Pre-flight checks for user text before it reaches the other services."""

    name = "moderation"
    version = "0.3.1"

    @rpc("ai.moderate")
    async def moderate(self, req: dict) -> dict:
        result = await self.openai.moderations.create(model="omni-moderation-latest", input=req["text"])
        r = result.results[0]
        cats = {k for k, v in r.categories.model_dump(by_alias=True).items() if v}
        return {"flagged": r.flagged, "blocked": bool(cats & BLOCK_CATEGORIES), "categories": sorted(cats)}

    @rpc("ai.budget")
    async def budget(self, req: dict) -> dict:
        """How many tokens would this prompt cost on Claude? (no generation)"""
        count = await self.anthropic.messages.count_tokens(
            model=self.settings.summary_model,
            messages=[{"role": "user", "content": req["text"]}],
        )
        return {"input_tokens": count.input_tokens}
