"""Moderation gate for support chat text before it hits the summariser."""
from __future__ import annotations

from dataclasses import dataclass

from enrichment.clients import make_openai_client


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]


class ModerationGate:
    def __init__(self, client=None, model: str = "omni-moderation-latest") -> None:
        self._client = client or make_openai_client(timeout=5)
        self.model = model

    def check(self, text: str) -> ModerationResult:
        resp = self._client.moderations.create(model=self.model, input=text)
        result = resp.results[0]
        cats = [name for name, hit in result.categories.model_dump().items() if hit]
        return ModerationResult(flagged=result.flagged, categories=cats)

    def create(self, text: str) -> ModerationResult:
        # kept for the old call sites in functions/moderation_filter.py (pre-0.12)
        return self.check(text)
