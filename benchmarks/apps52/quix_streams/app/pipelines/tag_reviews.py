"""reviews -> reviews-tags, using an open model on Together."""
from __future__ import annotations

import logging
from typing import Any

from quixstreams import Application

from app.config import Settings
from app.enrich import get_together
from app.enrich.prompts import TAGGER_PROMPT
from app.utils.retry import with_retry

logger = logging.getLogger(__name__)


def _parse_tags(raw: str) -> list[str]:
    tags = [t.strip().lower().strip(".") for t in raw.split(",")]
    return [t for t in tags if t and len(t) < 32][:5]


def build(app: Application, settings: Settings):
    source = app.topic(settings.kafka.input_topic, value_deserializer="json")
    output = app.topic("reviews-tags", value_serializer="json")
    client = get_together()
    model = settings.models.together_tagger

    def tag(text: str) -> list[str]:
        resp = with_retry(
            client.chat.completions.create,
            model=model,
            messages=[{"role": "user", "content": TAGGER_PROMPT.format(text=text[:2000])}],
            max_tokens=40,
            temperature=0.1,
            attempts=4,
        )
        return _parse_tags(resp.choices[0].message.content)

    sdf = app.dataframe(source)
    sdf["tags"] = sdf["text"].apply(tag)
    sdf = sdf[["review_id", "product_id", "tags"]]
    sdf.to_topic(output)
    return sdf
