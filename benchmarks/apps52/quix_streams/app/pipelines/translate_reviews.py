"""reviews-raw -> reviews (translates non-English reviews in place)."""
from __future__ import annotations

import logging
from typing import Any

from quixstreams import Application, State

from app.config import Settings
from app.enrich.translate import Translator, looks_english

logger = logging.getLogger(__name__)


def build(app: Application, settings: Settings):
    raw = app.topic("reviews-raw", value_deserializer="json")
    out = app.topic(settings.kafka.input_topic, value_serializer="json")
    translator = Translator()

    def maybe_translate(review: dict[str, Any]) -> dict[str, Any]:
        text = review.get("text", "")
        if looks_english(text):
            review["lang"] = "en"
            return review
        review["original_text"] = text
        review["text"] = translator.translate(text)
        review["lang"] = review.get("lang") or "auto"
        return review

    def count_translations(review: dict[str, Any], state: State) -> None:
        if review.get("original_text"):
            state.set("translated", state.get("translated", 0) + 1)

    sdf = app.dataframe(raw)
    sdf = sdf.apply(maybe_translate)
    sdf = sdf.update(count_translations, stateful=True)
    sdf.to_topic(out)
    return sdf
