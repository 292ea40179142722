"""reviews-classified -> reviews-entities"""
from __future__ import annotations

import logging
from typing import Any

from quixstreams import Application, State

from app.config import Settings
from app.enrich.entities import EntityExtractor

logger = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 3000


def build(app: Application, settings: Settings):
    kafka = settings.kafka
    source = app.topic(kafka.classified_topic, value_deserializer="json")
    sink = app.topic(kafka.entities_topic, value_serializer="json")
    extractor = EntityExtractor(model=settings.models.entities)

    def enrich(review: dict[str, Any]) -> dict[str, Any]:
        text = review["text"]
        if extractor.estimate_input_tokens(text) > MAX_INPUT_TOKENS:
            review["entities"] = None
            review["entities_skipped"] = "too_long"
            return review
        review["entities"] = extractor.extract(text)
        return review

    def remember_brands(review: dict[str, Any], state: State) -> dict[str, Any]:
        seen = set(state.get("brands", []))
        new = [b for b in (review.get("entities") or {}).get("brands", []) if b not in seen]
        if new:
            seen.update(new)
            state.set("brands", sorted(seen))
        review["new_brands"] = new
        return review

    sdf = app.dataframe(source)
    sdf = sdf.filter(lambda r: r.get("classification", {}).get("sentiment") != "positive")
    sdf = sdf.apply(enrich)
    sdf = sdf.apply(remember_brands, stateful=True)
    sdf = sdf[["review_id", "product_id", "entities", "new_brands"]]
    sdf.to_topic(sink)
    return sdf
