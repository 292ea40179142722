"""Shared input/output wiring for the flows."""
from __future__ import annotations

import logging

import bytewax.operators as op
from bytewax.connectors.kafka import KafkaSink, KafkaSinkMessage, KafkaSource
from bytewax.dataflow import Dataflow, Stream

from common.config import get_settings
from common.schema import SupportMessage

log = logging.getLogger(__name__)


def _decode(msg) -> SupportMessage | None:
    try:
        return SupportMessage.from_json(msg.value)
    except (ValueError, KeyError, TypeError):
        log.warning("dropping malformed message at offset %s", getattr(msg, "offset", "?"))
        return None


def kafka_messages(flow: Dataflow, step_id: str = "in", topic: str | None = None) -> Stream[SupportMessage]:
    settings = get_settings()
    source = KafkaSource(brokers=settings.kafka_brokers, topics=[topic or settings.inbound_topic], tail=True)
    raw = op.input(step_id, flow, source)
    return op.filter_map(f"{step_id}_decode", raw, _decode)


def kafka_out(step_id: str, stream: Stream, topic: str, key_fn, value_fn) -> None:
    settings = get_settings()
    encoded = op.map(
        f"{step_id}_encode",
        stream,
        lambda item: KafkaSinkMessage(key=key_fn(item).encode(), value=value_fn(item).encode()),
    )
    op.output(step_id, encoded, KafkaSink(brokers=settings.kafka_brokers, topic=topic))
