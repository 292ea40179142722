"""Content checks on inbound tickets and outbound drafted replies."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import List

from flask import current_app

from app.extensions import llm
from app.llm import get_openai

log = logging.getLogger(__name__)


@dataclass
class ModerationVerdict:
    flagged: bool
    categories: List[str] = field(default_factory=list)
    source: str = "openai"


def check_text(text: str) -> ModerationVerdict:
    if not current_app.config.get("ENABLE_MODERATION", True):
        return ModerationVerdict(flagged=False, source="disabled")
    result = get_openai().moderations.create(
        model="omni-moderation-latest",
        input=text,
    )
    item = result.results[0]
    cats = [name for name, hit in item.categories.model_dump().items() if hit]
    return ModerationVerdict(flagged=item.flagged, categories=cats)


def check_text_mistral(text: str) -> ModerationVerdict:
    """Second opinion for EU tenants (data stays with an EU provider)."""
    response = llm.mistral.classifiers.moderate(
        model="mistral-moderation-latest",
        inputs=[text],
    )
    scores = response.results[0].categories
    cats = [name for name, hit in scores.items() if hit]
    return ModerationVerdict(flagged=bool(cats), categories=cats, source="mistral")


def is_harassment_report(verdict: ModerationVerdict) -> bool:
    return any(c.startswith("harassment") for c in verdict.categories)
