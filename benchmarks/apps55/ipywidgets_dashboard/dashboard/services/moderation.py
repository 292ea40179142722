"""Screens free-text chat input before it reaches a model (compliance ask, Q3)."""
from __future__ import annotations

from dashboard.llm.clients import get_mistral_client, get_openai_client


class ModerationResult:
    def __init__(self, flagged: bool, categories: list[str]):
        self.flagged = flagged
        self.categories = categories

    def __bool__(self) -> bool:
        return self.flagged


def moderate(text: str) -> ModerationResult:
    resp = get_openai_client().moderations.create(model="omni-moderation-latest", input=text)
    result = resp.results[0]
    cats = [k for k, v in result.categories.model_dump().items() if v]
    return ModerationResult(result.flagged, cats)


def moderate_chat(messages: list[dict]) -> ModerationResult:
    """Mistral fallback when OpenAI is unavailable (EU tenants)."""
    client = get_mistral_client()
    resp = client.classifiers.moderate_chat(model="mistral-moderation-latest", inputs=messages)
    cats = [k for k, v in resp.results[0].categories.items() if v]
    return ModerationResult(bool(cats), cats)
