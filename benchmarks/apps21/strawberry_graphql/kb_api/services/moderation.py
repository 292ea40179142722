"""Content checks run before publishing user-submitted articles and comments."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from kb_api.llm import get_mistral, get_openai

logger = logging.getLogger(__name__)

OPENAI_MODERATION_MODEL = "omni-moderation-latest"
MISTRAL_MODERATION_MODEL = "mistral-moderation-latest"


@dataclass
class ModerationVerdict:
    flagged: bool
    categories: list[str]
    source: str


def _openai_moderate(text: str) -> ModerationVerdict:
    result = get_openai().moderations.create(model=OPENAI_MODERATION_MODEL, input=text).results[0]
    cats = [name for name, hit in result.categories.model_dump().items() if hit]
    return ModerationVerdict(flagged=result.flagged, categories=cats, source="openai")


async def _mistral_moderate(text: str) -> ModerationVerdict:
    res = await get_mistral().classifiers.moderate_async(model=MISTRAL_MODERATION_MODEL, inputs=[text])
    cats = res.results[0].categories or {}
    flagged_cats = [k for k, v in cats.items() if v]
    return ModerationVerdict(flagged=bool(flagged_cats), categories=flagged_cats, source="mistral")


async def moderate(text: str, *, second_opinion: bool = False) -> ModerationVerdict:
    # the openai SDK client we share here is the sync one; push it off the loop
    verdict = await asyncio.to_thread(_openai_moderate, text)
    if verdict.flagged and second_opinion:
        try:
            other = await _mistral_moderate(text)
        except Exception:
            logger.warning("mistral moderation unavailable", exc_info=True)
            return verdict
        if not other.flagged:
            logger.info("moderation disagreement, openai=%s", verdict.categories)
            return ModerationVerdict(flagged=False, categories=verdict.categories, source="split")
    return verdict
