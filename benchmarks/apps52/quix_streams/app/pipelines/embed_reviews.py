"""reviews -> vector store (via VectorSink)"""
from __future__ import annotations

import logging

from quixstreams import Application

from app.config import Settings
from app.sinks.vector_sink import VectorSink
from app.utils.text import fingerprint, normalize, redact_pii

logger = logging.getLogger(__name__)


def _prepare(review: dict) -> dict:
    text = redact_pii(normalize(review["text"]))
    return {
        "id": review["review_id"],
        "text": text,
        "fingerprint": fingerprint(text),
        "payload": {
            "product_id": review.get("product_id"),
            "rating": review.get("rating"),
            "created_at": review.get("created_at"),
        },
    }


def build(app: Application, settings: Settings):
    source = app.topic(settings.kafka.input_topic, value_deserializer="json")
    sink = VectorSink(
        url=settings.vector_store_url,
        collection=settings.vector_collection,
        model=settings.models.embedding,
    )
    sdf = app.dataframe(source)
    sdf = sdf.filter(lambda r: r.get("text") and r.get("review_id"))
    sdf = sdf.apply(_prepare)
    sdf.sink(sink)
    return sdf
