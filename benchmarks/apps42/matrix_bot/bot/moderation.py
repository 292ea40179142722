"""Moderation step: run both the user's prompt and our reply through a classifier
before anything gets posted to the room."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import litellm

log = logging.getLogger(__name__)

BLOCK_CATEGORIES = {"sexual/minors", "hate/threatening", "self-harm/instructions", "violence/graphic"}


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]
    source: str = "openai"

    @property
    def blocked(self) -> bool:
        return self.flagged and any(c in BLOCK_CATEGORIES for c in self.categories)


class Moderator:
    def __init__(self, client, enabled: bool = True, model: str = "omni-moderation-latest"):
        # client is the bot's AsyncOpenAI instance
        self.client = client
        self.enabled = enabled
        self.model = model
        self.allowlist: set[str] = set()

    async def check(self, text: str, sender: str | None = None) -> ModerationResult:
        if not self.enabled or not text.strip() or (sender and sender in self.allowlist):
            return ModerationResult(False, [], source="skipped")
        try:
            resp = await self.client.moderations.create(model=self.model, input=text)
        except Exception:
            log.warning("openai moderation failed, falling back to litellm", exc_info=True)
            return await self._fallback(text)
        result = resp.results[0]
        cats = [name for name, hit in result.categories.model_dump(by_alias=True).items() if hit]
        return ModerationResult(result.flagged, cats)

    async def _fallback(self, text: str) -> ModerationResult:
        resp = await asyncio.to_thread(litellm.moderation, input=text, model="text-moderation-latest")
        result = resp.results[0]
        cats = [k for k, v in dict(result.categories).items() if v]
        return ModerationResult(bool(result.flagged), cats, source="litellm")

    async def check_pair(self, prompt: str, reply: str) -> ModerationResult:
        """Check prompt and reply together (one request, two inputs)."""
        if not self.enabled:
            return ModerationResult(False, [], source="skipped")
        resp = await self.client.moderations.create(model=self.model, input=[prompt, reply])
        cats: list[str] = []
        for r in resp.results:
            cats.extend(k for k, v in r.categories.model_dump(by_alias=True).items() if v)
        return ModerationResult(any(r.flagged for r in resp.results), sorted(set(cats)))


def redact(text: str, result: ModerationResult) -> str:
    if not result.flagged:
        return text
    return "_[message withheld by moderation: " + ", ".join(result.categories) + "]_"
