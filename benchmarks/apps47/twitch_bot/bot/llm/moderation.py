"""Message moderation.

Mistral's moderation classifier is the primary check (cheap, multilingual); if it
is unavailable we fall back to OpenAI's omni moderation endpoint.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mistralai import Mistral
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)

BLOCK_CATEGORIES = {"hate_and_discrimination", "violence_and_threats", "sexual", "selfharm", "harassment"}
OPENAI_BLOCK = {"hate", "harassment/threatening", "self-harm", "sexual/minors", "violence"}


@dataclass
class Verdict:
    flagged: bool
    categories: list[str] = field(default_factory=list)
    source: str = "none"
    score: float = 0.0


class Moderator:
    def __init__(self, mistral: "Mistral", openai_client: "AsyncOpenAI", threshold: float = 0.8):
        self._mistral = mistral
        self._openai = openai_client
        self.threshold = threshold
        self.allowlist: set[str] = set()

    async def check(self, text: str, author: str | None = None) -> Verdict:
        if author and author.lower() in self.allowlist:
            return Verdict(False, source="allowlist")
        if len(text) < 4:
            return Verdict(False, source="short")
        try:
            return await self._check_mistral(text)
        except Exception:
            log.warning("mistral moderation failed, falling back to openai", exc_info=True)
        return await self._check_openai(text)

    async def _check_mistral(self, text: str) -> Verdict:
        resp = await self._mistral.classifiers.moderate_async(
            model="mistral-moderation-latest",
            inputs=[text],
        )
        result = resp.results[0]
        scores = result.category_scores or {}
        hits = [cat for cat, score in scores.items() if cat in BLOCK_CATEGORIES and score >= self.threshold]
        top = max(scores.values(), default=0.0)
        return Verdict(bool(hits), hits, "mistral", top)

    async def _check_openai(self, text: str) -> Verdict:
        resp = await self._openai.moderations.create(
            model="omni-moderation-latest",
            input=text,
        )
        result = resp.results[0]
        cats = result.categories.model_dump(by_alias=True)
        hits = [name for name, on in cats.items() if on and name in OPENAI_BLOCK]
        return Verdict(result.flagged and bool(hits), hits, "openai")
