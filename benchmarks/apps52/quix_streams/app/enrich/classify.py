"""Review classification.

Two paths live here while we migrate:

* ``classify_review_tracked`` goes through multi_model_service (preferred).
* ``ReviewClassifier`` talks to OpenAI directly with structured output. It
  predates the tracked service and is still what the classify pipeline uses
  when ``use_tracked_service`` is off (staging load tests, mostly).
"""
from __future__ import annotations

import json
import logging
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.enrich.prompts import CLASSIFY_SYSTEM, CLASSIFY_USER
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.utils.text import clip

logger = logging.getLogger(__name__)


class Classification(BaseModel):
    sentiment: Literal["positive", "neutral", "negative"] = "neutral"
    topics: list[str] = Field(default_factory=list)
    urgent: bool = False


def _user_prompt(review: dict[str, Any]) -> str:
    return CLASSIFY_USER.format(
        rating=review.get("rating", "?"),
        product_id=review.get("product_id", "unknown"),
        text=clip(review.get("text", ""), 4000),
    )


async def classify_review_tracked(review: dict[str, Any]) -> Classification:
    raw = await multi_model_service.generate_response(
        prompt=_user_prompt(review),
        system=CLASSIFY_SYSTEM,
        task_type="review_classification",
        complexity=TaskComplexity.SIMPLE,
        json_mode=True,
    )
    try:
        return Classification.model_validate_json(raw)
    except ValueError:
        logger.warning("unparseable classification for %s", review.get("review_id"))
        return Classification()


class ReviewClassifier:
    """Direct OpenAI classifier; the client is injected by the pipeline."""

    def __init__(self, client, model: str, temperature: float = 0.0) -> None:
        self.client = client
        self.model = model
        self.temperature = temperature
        self.calls = 0

    def classify(self, review: dict[str, Any]) -> Classification:
        self.calls += 1
        completion = self.client.beta.chat.completions.parse(
            model=self.model,
            messages=[
                {"role": "system", "content": CLASSIFY_SYSTEM},
                {"role": "user", "content": _user_prompt(review)},
            ],
            response_format=Classification,
            temperature=self.temperature,
        )
        parsed = completion.choices[0].message.parsed
        return parsed or Classification()

    def classify_batch(self, reviews: list[dict[str, Any]]) -> list[Classification]:
        return [self.classify(r) for r in reviews]


def classify_with_router(router, review: dict[str, Any]) -> Classification:
    data = router.complete_json("classify", CLASSIFY_SYSTEM, _user_prompt(review))
    return Classification.model_validate(data)


def to_record(review: dict[str, Any], result: Classification) -> dict[str, Any]:
    out = dict(review)
    out["classification"] = json.loads(result.model_dump_json())
    return out
