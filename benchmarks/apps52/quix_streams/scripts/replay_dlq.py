#!/usr/bin/env python
"""Replay the DLQ: re-moderate, re-classify and re-publish failed reviews."""
from __future__ import annotations

import json
import logging

from quixstreams import Application

from app.config import get_settings
from app.enrich.clients import get_bedrock
from app.enrich.moderation import moderate_batch
from app.enrich.prompts import CLASSIFY_SYSTEM
from app.enrich.router import default_router
from app.domain import DigestReport

log = logging.getLogger("replay")


def bedrock_classify(text: str, model_id: str) -> dict:
    resp = get_bedrock().converse(
        modelId=model_id,
        system=[{"text": CLASSIFY_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": text}]}],
        inferenceConfig={"maxTokens": 200, "temperature": 0.0},
    )
    return json.loads(resp["output"]["message"]["content"][0]["text"])


def main(limit: int = 500) -> None:
    logging.basicConfig(level=logging.INFO)
    settings = get_settings()
    app = Application(
        broker_address=settings.kafka.broker_address,
        consumer_group="dlq-replay",
        auto_offset_reset="earliest",
    )
    dlq = app.topic(settings.kafka.dlq_topic, value_deserializer="json")
    out = app.topic(settings.kafka.classified_topic, value_serializer="json")
    router = default_router()
    report = DigestReport(product_id="dlq")

    with app.get_consumer() as consumer, app.get_producer() as producer:
        consumer.subscribe([dlq.name])
        batch = []
        while len(batch) < limit:
            msg = consumer.poll(timeout=2.0)
            if msg is None:
                break
            batch.append(json.loads(msg.value()))

        flags = moderate_batch([m["text"] for m in batch]) if batch else []
        for review, flagged in zip(batch, flags):
            if flagged:
                report.add(f"{review['review_id']} still blocked")
                continue
            try:
                cls = router.complete_json("classify", CLASSIFY_SYSTEM, review["text"])
            except RuntimeError:
                cls = bedrock_classify(review["text"], settings.models.summarizer)
            review["classification"] = cls
            producer.produce(topic=out.name, key=review.get("product_id"), value=json.dumps(review))
    print(report.generate())


if __name__ == "__main__":
    main()
