"""Legacy confluent-kafka consumer loop.

    python -m enrichment.legacy.kafka_consumer --tenant acme
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys

import boto3
import voyageai
from confluent_kafka import Consumer, KafkaError, Producer
from openai import AzureOpenAI

from enrichment.legacy.handlers import LegacyEnricher, gemini_rest_summary
from enrichment.models import InboundRecord
from enrichment.settings import get_settings
from enrichment.util.batching import BatchBuffer
from enrichment.util.retry import with_retry

log = logging.getLogger("legacy.consumer")

_running = True


def _stop(*_):
    global _running
    _running = False


def build_enricher() -> LegacyEnricher:
    s = get_settings()
    azure = AzureOpenAI(azure_endpoint=s.azure_endpoint, api_key=s.azure_api_key, api_version=s.azure_api_version)
    bedrock = boto3.client("bedrock-runtime", region_name=s.aws_region)
    vo = voyageai.Client(api_key=s.voyage_api_key)
    return LegacyEnricher(azure=azure, bedrock=bedrock, embed_client=vo)


def _bulk_embed(enricher: LegacyEnricher, recs: list[InboundRecord]) -> list[list[float]]:
    result = with_retry(enricher.embed_client.embed, [r.text for r in recs], model="voyage-3",
                        input_type="document")
    return result.embeddings


DLQ_TOPIC = "enrichment.dlq.v1"
MAX_FAILURES_PER_KEY = 3

_failures: dict[str, int] = {}


def _dead_letter(producer: Producer, msg, reason: str) -> None:
    headers = [("reason", reason.encode()), ("source_topic", msg.topic().encode())]
    producer.produce(DLQ_TOPIC, key=msg.key(), value=msg.value(), headers=headers)
    producer.poll(0)


def _should_dead_letter(rec_id: str) -> bool:
    _failures[rec_id] = _failures.get(rec_id, 0) + 1
    if _failures[rec_id] >= MAX_FAILURES_PER_KEY:
        _failures.pop(rec_id, None)
        return True
    return False


def run(tenant: str) -> int:
    s = get_settings()
    consumer = Consumer({
        "bootstrap.servers": ",".join(s.kafka_brokers),
        "group.id": f"{s.consumer_group}-legacy-{tenant}",
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
    })
    producer = Producer({"bootstrap.servers": ",".join(s.kafka_brokers)})
    consumer.subscribe([s.tickets_topic, s.reviews_topic, "support.escalations.v1", "support.bulk_import.v1"])

    enricher = build_enricher()
    handlers = enricher.registry()
    bulk = BatchBuffer(size=s.batch_size)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    while _running:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            if msg.error().code() != KafkaError._PARTITION_EOF:
                log.error("kafka error: %s", msg.error())
            continue

        topic = msg.topic()
        if topic == "support.bulk_import.v1":
            rec = InboundRecord.from_kafka("ticket", msg.value())
            ready = bulk.add(rec)
            if ready:
                vectors = _bulk_embed(enricher, ready)
                for r, v in zip(ready, vectors):
                    summary = gemini_rest_summary(r.text, s.gemini_api_key)
                    producer.produce(s.enriched_topic, key=r.id,
                                     value=json.dumps({"id": r.id, "embedding": v, "summary": summary}))
            consumer.commit(msg)
            continue

        kind = "review" if topic == s.reviews_topic else ("escalation" if "escalations" in topic else "ticket")
        rec = InboundRecord.from_kafka("review" if kind == "review" else "ticket", msg.value())
        if rec.tenant != tenant:
            consumer.commit(msg)
            continue
        handler = handlers[kind]
        try:
            out = handler(rec)
        except Exception as exc:  # noqa: BLE001
            log.exception("handler %s failed for %s", kind, rec.id)
            if _should_dead_letter(rec.id):
                _dead_letter(producer, msg, f"{kind}: {type(exc).__name__}")
                consumer.commit(msg)
            continue
        producer.produce(s.enriched_topic, key=rec.id, value=out.to_json())
        producer.poll(0)
        consumer.commit(msg)

    producer.flush(10)
    consumer.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenant", required=True)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    return run(args.tenant)


if __name__ == "__main__":
    sys.exit(main())
