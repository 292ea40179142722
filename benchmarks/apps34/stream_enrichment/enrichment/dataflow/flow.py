"""Dataflow definitions."""
from __future__ import annotations

from datetime import timedelta, datetime, timezone

import bytewax.connectors.kafka.operators as kop
import bytewax.operators as op
import bytewax.operators.windowing as win
from bytewax.connectors.stdio import StdOutSink
from bytewax.dataflow import Dataflow
from bytewax.operators.windowing import EventClock, TumblingWindower

from enrichment.dataflow import operators as steps
from enrichment.dataflow.sinks import DigestSink, PgVectorSink, serialize_for_kafka
from enrichment.dataflow.sources import decode_kafka
from enrichment.settings import get_settings


def _kafka_records(flow: Dataflow, step: str, topic: str, kind: str):
    s = get_settings()
    kin = kop.input(step, flow, brokers=s.kafka_brokers, topics=[topic],
                    add_config={"group.id": s.consumer_group})
    op.inspect(f"{step}_errs", kin.errs, lambda _sid, err: print("kafka error", err))
    return op.filter_map(f"{step}_decode", kin.oks, decode_kafka(kind))


def build() -> Dataflow:
    s = get_settings()
    flow = Dataflow("stream_enrichment")

    tickets = _kafka_records(flow, "tickets_in", s.tickets_topic, "ticket")
    reviews = _kafka_records(flow, "reviews_in", s.reviews_topic, "review")
    records = op.merge("all_records", tickets, reviews)

    records = op.filter_map("drop_empty", records, steps.drop_empty)
    records = op.map("redact_pii", records, steps.redact_pii)
    enriched = op.map("to_enriched", records, steps.to_enriched)
    enriched = op.map("moderate", enriched, steps.moderate)
    enriched = op.map("classify", enriched, steps.classify)
    enriched = op.map("summarise_p1", enriched, steps.maybe_summarise)

    op.output("pg_out", enriched, PgVectorSink(s.pg_dsn))
    kop.output("kafka_out", op.map("ser", enriched, serialize_for_kafka),
               brokers=s.kafka_brokers, topic=s.enriched_topic)

    escalations = op.filter_map("escalate", enriched, steps.escalation_note)
    op.output("escalations_stdout", escalations, StdOutSink())

    review_items = op.filter("only_reviews", enriched, lambda e: e.record.kind == "review")
    keyed = op.key_on("by_product", review_items, steps.review_key)
    digests = op.stateful_map("digest", keyed, steps.accumulate_digest)
    digests = op.filter_map("emit_digest", digests, lambda kv: kv[1])
    op.output("digest_out", digests, DigestSink(s.pg_dsn))
    return flow


def build_windowed() -> Dataflow:
    """Alternative digest path using event-time windows. Not the default yet (see ENRICH-212)."""
    s = get_settings()
    flow = Dataflow("review_digests_windowed")
    reviews = _kafka_records(flow, "reviews_in", s.reviews_topic, "review")
    enriched = op.map("to_enriched", reviews, steps.to_enriched)
    keyed = op.key_on("by_product", enriched, steps.review_key)
    clock = EventClock(lambda e: e.record.created_at, wait_for_system_duration=timedelta(seconds=30))
    windower = TumblingWindower(length=timedelta(seconds=s.summary_window_seconds),
                                align_to=datetime(2024, 1, 1, tzinfo=timezone.utc))
    collected = win.collect_window("collect", keyed, clock, windower)
    digests = op.map("digest", collected.down, steps.digest_from_window)
    op.output("digest_out", digests, DigestSink(s.pg_dsn))
    return flow


flow = build()
