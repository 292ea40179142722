"""Comment moderation.

Uses the OpenAI moderation endpoint with a Mistral fallback because the
OpenAI one was rate-limiting us during the spring comment spike.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from openai import OpenAI, RateLimitError

from ai.clients import get_mistral_client

logger = logging.getLogger(__name__)

_client = OpenAI()


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]
    source: str


def moderate_text(text: str) -> ModerationResult:
    try:
        result = _client.moderations.create(model="omni-moderation-latest", input=text)
    except RateLimitError:
        logger.warning("moderation rate limited, falling back to Mistral")
        return _mistral_moderate(text)
    item = result.results[0]
    cats = [name for name, hit in item.categories.model_dump().items() if hit]
    return ModerationResult(flagged=item.flagged, categories=cats, source="openai")


def _mistral_moderate(text: str) -> ModerationResult:
    mistral = get_mistral_client()
    response = mistral.classifiers.moderate(
        model="mistral-moderation-latest",
        inputs=[text],
    )
    scores = response.results[0].categories
    cats = [name for name, hit in scores.items() if hit]
    return ModerationResult(flagged=bool(cats), categories=cats, source="mistral")
