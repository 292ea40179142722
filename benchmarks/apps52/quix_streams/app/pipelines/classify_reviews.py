"""reviews -> reviews-classified

Classifies each review, drafts a reply for urgent negative ones and routes
the result to the classified topic.
"""
from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import Any

import anthropic
from quixstreams import Application, State

from app.config import Settings
from app.enrich.classify import (
    Classification,
    ReviewClassifier,
    classify_review_tracked,
    classify_with_router,
    to_record,
)
from app.enrich.clients import get_openai
from app.enrich.prompts import REPLY_DRAFT_SYSTEM
from app.enrich.router import default_router
from app.utils.text import is_too_short, redact_pii

logger = logging.getLogger(__name__)

# Reply drafting was added by the support-tools team; they wanted their own
# key/limits, hence the separate client.
_support_claude = anthropic.Anthropic(max_retries=1)

_draft = partial(
    _support_claude.messages.create,
    model="claude-3-5-haiku-latest",
    max_tokens=220,
    system=REPLY_DRAFT_SYSTEM,
)


def draft_reply(review: dict[str, Any]) -> dict[str, Any]:
    cls = review.get("classification", {})
    if cls.get("sentiment") != "negative" or not cls.get("urgent"):
        return review
    msg = _draft(messages=[{"role": "user", "content": redact_pii(review["text"])}])
    review["reply_draft"] = msg.content[0].text
    return review


def count_negatives(review: dict[str, Any], state: State) -> dict[str, Any]:
    """Keep a per-product streak of negative reviews (stateful)."""
    streak = state.get("negative_streak", 0)
    if review.get("classification", {}).get("sentiment") == "negative":
        streak += 1
    else:
        streak = 0
    state.set("negative_streak", streak)
    review["negative_streak"] = streak
    return review


def build(app: Application, settings: Settings):
    kafka = settings.kafka
    reviews = app.topic(kafka.input_topic, value_deserializer="json")
    classified = app.topic(kafka.classified_topic, value_serializer="json")

    sdf = app.dataframe(reviews)
    sdf = sdf.filter(lambda r: bool(r.get("text")) and not is_too_short(r["text"]))

    if settings.use_tracked_service:
        # TODO(kira): move the whole pipeline onto an async runner instead of asyncio.run
        def _classify(review: dict[str, Any]) -> dict[str, Any]:
            result = asyncio.run(classify_review_tracked(review))
            return to_record(review, result)

    else:
        classifier = ReviewClassifier(
            client=get_openai(),
            model=settings.models.classifier,
            temperature=settings.models.temperature,
        )
        router = default_router()

        def _classify(review: dict[str, Any]) -> dict[str, Any]:
            try:
                result = classifier.classify(review)
            except Exception:  # noqa: BLE001
                logger.exception("primary classifier failed; using router chain")
                result = classify_with_router(router, review)
            return to_record(review, result)

    sdf = sdf.apply(_classify)
    sdf = sdf.apply(draft_reply)
    sdf = sdf.apply(count_negatives, stateful=True)
    sdf["needs_attention"] = sdf["negative_streak"].apply(lambda n: n >= 3)
    sdf = sdf.update(
        lambda r: logger.debug("classified %s -> %s", r.get("review_id"), r["classification"])
    )
    sdf.to_topic(classified)
    return sdf


def empty_classification(review: dict[str, Any]) -> dict[str, Any]:
    return to_record(review, Classification())
