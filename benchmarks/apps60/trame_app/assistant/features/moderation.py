"""Screen free-text questions before they go to a model (shared deployment)."""
from __future__ import annotations

from dataclasses import dataclass

from openai import OpenAI


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]


class Moderator:
    def __init__(self, client: OpenAI, enabled: bool = True):
        self._client = client
        self.enabled = enabled

    def check(self, text: str) -> ModerationResult:
        if not self.enabled or not text.strip():
            return ModerationResult(False, [])
        resp = self._client.moderations.create(model="omni-moderation-latest", input=text)
        result = resp.results[0]
        cats = [name for name, hit in result.categories.model_dump().items() if hit]
        return ModerationResult(result.flagged, cats)
