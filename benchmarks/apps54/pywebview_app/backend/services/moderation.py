"""Before we send shared notes to the 'publish' feature we run moderation."""
from __future__ import annotations

from openai import OpenAI

from backend.llm import registry


class ModerationGate:
    def __init__(self, client: OpenAI | None = None) -> None:
        self.client = client or registry.client("openai")

    def check(self, text: str) -> tuple[bool, list[str]]:
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        r = result.results[0]
        flagged = [name for name, hit in r.categories.model_dump().items() if hit]
        return r.flagged, flagged
