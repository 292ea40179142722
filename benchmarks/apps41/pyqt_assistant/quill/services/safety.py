"""Content checks before sharing drafts."""
from __future__ import annotations

from openai import OpenAI


class SafetyService:
    def __init__(self, client: OpenAI):
        self.client = client

    def flagged_categories(self, text: str) -> list[str]:
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        cats = result.results[0].categories.model_dump()
        return [name for name, hit in cats.items() if hit]

    def is_safe(self, text: str) -> bool:
        return not self.flagged_categories(text)
