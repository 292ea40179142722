#!/usr/bin/env python
"""Publish synthetic tickets/reviews to local Kafka for development (no LLM involved)."""
from __future__ import annotations

import json
import random
import sys
import uuid

from confluent_kafka import Producer

from enrichment.settings import get_settings

SUBJECTS = ["refund", "late delivery", "login loop", "double charge", "broken zipper", "wrong size"]


class TicketTemplate:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)

    def generate(self, kind: str = "ticket") -> dict:
        subject = self.rng.choice(SUBJECTS)
        body = f"Hi, I have a problem with {subject}. Order #{self.rng.randint(10000, 99999)}. Please help."
        payload = {"id": str(uuid.uuid4()), "tenant": "dev", "body": body}
        if kind == "review":
            payload["product_id"] = f"sku-{self.rng.randint(1, 40)}"
            payload["rating"] = self.rng.randint(1, 5)
        return payload

    @classmethod
    def create(cls, seed: int) -> "TicketTemplate":
        return cls(seed)


def main(n: int) -> None:
    s = get_settings()
    producer = Producer({"bootstrap.servers": ",".join(s.kafka_brokers)})
    tpl = TicketTemplate.create(seed=42)
    for i in range(n):
        kind = "review" if i % 3 == 0 else "ticket"
        msg = tpl.generate(kind)
        topic = s.reviews_topic if kind == "review" else s.tickets_topic
        producer.produce(topic, key=msg["id"], value=json.dumps(msg))
        if i % 100 == 0:
            producer.poll(0)
    producer.flush()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
