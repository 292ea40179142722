"""reviews-classified -> product-digests

Collects the last N reviews per product in state and emits a Bedrock-written
digest every ``DIGEST_EVERY`` reviews.
"""
from __future__ import annotations

import logging
from typing import Any

from quixstreams import Application, State

from app.config import Settings
from app.enrich.clients import get_bedrock
from app.enrich.summarize import DigestWriter

logger = logging.getLogger(__name__)

KEEP_LAST = 25
DIGEST_EVERY = 10


def build(app: Application, settings: Settings):
    kafka = settings.kafka
    source = app.topic(kafka.classified_topic, value_deserializer="json")
    digests = app.topic(kafka.digest_topic, value_serializer="json")

    writer = DigestWriter(
        bedrock=get_bedrock(),
        model_id=settings.models.summarizer,
        max_tokens=settings.models.max_output_tokens,
    )

    def accumulate(review: dict[str, Any], state: State) -> dict[str, Any] | None:
        recent = state.get("recent", [])
        recent.append({"rating": review.get("rating"), "text": review.get("text", "")})
        recent = recent[-KEEP_LAST:]
        state.set("recent", recent)
        count = state.get("since_digest", 0) + 1
        if count < DIGEST_EVERY:
            state.set("since_digest", count)
            return None
        state.set("since_digest", 0)
        return {"product_id": review["product_id"], "reviews": recent}

    def summarize(batch: dict[str, Any]) -> dict[str, Any]:
        text = writer.write(batch["product_id"], batch["reviews"])
        ratings = [r["rating"] for r in batch["reviews"] if r.get("rating") is not None]
        return {
            "product_id": batch["product_id"],
            "digest": text,
            "avg_rating": round(sum(ratings) / len(ratings), 2) if ratings else None,
            "n": len(batch["reviews"]),
        }

    sdf = app.dataframe(source)
    sdf = sdf.group_by("product_id")
    sdf = sdf.apply(accumulate, stateful=True)
    sdf = sdf.filter(lambda v: v is not None)
    sdf = sdf.apply(summarize)
    sdf.to_topic(digests)
    return sdf
