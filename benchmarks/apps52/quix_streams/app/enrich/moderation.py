"""Content moderation for user reviews.

OpenAI's moderation endpoint does the first pass. Borderline results get a
second opinion from Claude, because the moderation model over-flags
profanity aimed at couriers ("the f***ing box was crushed") which we want
to keep.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from app.enrich import get_anthropic, get_openai

logger = logging.getLogger(__name__)

SECOND_OPINION_SYSTEM = (
    "You review moderation decisions for a retail site. Answer with exactly one "
    "word: ALLOW or BLOCK. Block harassment of people, hate, sexual content and "
    "personal data. Allow complaints, even rude ones, about products or delivery."
)


@dataclass
class ModerationResult:
    flagged: bool
    max_score: float
    categories: list[str] = field(default_factory=list)
    second_opinion: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "flagged": self.flagged,
            "max_score": round(self.max_score, 4),
            "categories": self.categories,
            "second_opinion": self.second_opinion,
        }


class Moderator:
    def __init__(self, model: str, threshold: float, reviewer_model: str) -> None:
        self.model = model
        self.threshold = threshold
        self.reviewer_model = reviewer_model
        self.openai = get_openai()
        self.anthropic = get_anthropic()

    def score(self, text: str) -> ModerationResult:
        resp = self.openai.moderations.create(model=self.model, input=text)
        result = resp.results[0]
        scores = result.category_scores.model_dump()
        hits = [name for name, flagged in result.categories.model_dump().items() if flagged]
        return ModerationResult(
            flagged=result.flagged,
            max_score=max(scores.values()) if scores else 0.0,
            categories=hits,
        )

    def second_opinion(self, text: str) -> str:
        msg = self.anthropic.messages.create(
            model=self.reviewer_model,
            max_tokens=5,
            system=SECOND_OPINION_SYSTEM,
            messages=[{"role": "user", "content": text}],
        )
        verdict = msg.content[0].text.strip().upper()
        return "BLOCK" if verdict.startswith("BLOCK") else "ALLOW"

    def moderate(self, text: str) -> ModerationResult:
        result = self.score(text)
        if result.flagged and result.max_score < self.threshold:
            result.second_opinion = self.second_opinion(text)
            result.flagged = result.second_opinion == "BLOCK"
        return result


def moderate_batch(texts: list[str], model: str = "omni-moderation-latest") -> list[bool]:
    """Batch variant for the DLQ replay script."""
    resp = get_openai().moderations.create(model=model, input=texts)
    return [r.flagged for r in resp.results]
