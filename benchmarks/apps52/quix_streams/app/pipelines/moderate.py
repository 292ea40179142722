"""reviews -> reviews-moderation (+ alerts)"""
from __future__ import annotations

import logging
from typing import Any

from quixstreams import Application

from app.config import Settings
from app.enrich.moderation import Moderator
from app.sinks.alert_sink import SlackAlertSink

logger = logging.getLogger(__name__)


def build(app: Application, settings: Settings):
    kafka = settings.kafka
    source = app.topic(kafka.input_topic, value_deserializer="json")
    output = app.topic(kafka.moderation_topic, value_serializer="json")

    moderator = Moderator(
        model=settings.models.moderation,
        threshold=settings.moderation_block_threshold,
        reviewer_model=settings.models.classifier_fallback,
    )

    def attach(review: dict[str, Any]) -> dict[str, Any]:
        review["moderation"] = moderator.moderate(review["text"]).as_dict()
        return review

    sdf = app.dataframe(source)
    sdf = sdf.apply(attach)
    sdf["blocked"] = sdf["moderation"].apply(lambda m: m["flagged"])
    sdf.to_topic(output)

    alerts = sdf.filter(lambda r: r["blocked"])
    alerts.sink(SlackAlertSink(channel="#trust-and-safety"))
    return sdf
