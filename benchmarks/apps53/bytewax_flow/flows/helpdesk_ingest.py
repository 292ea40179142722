"""Ingest public comments from the helpdesk export API (for brands not yet on Kafka).

    python -m bytewax.run flows.helpdesk_ingest:flow
"""
from __future__ import annotations

from datetime import timedelta

import bytewax.operators as op
from bytewax.connectors.kafka import KafkaSink, KafkaSinkMessage
from bytewax.dataflow import Dataflow

from common.config import get_settings
from connectors.helpdesk_source import HelpdeskSource
from steps.language import detect_language
from steps.translate import to_english

settings = get_settings()
BRANDS = ["acme", "acme-eu", "widgets"]


def _tag_region(msg):
    if msg.metadata.get("brand", "").endswith("-eu"):
        msg.metadata["region"] = "eu"
    return msg


flow = Dataflow("helpdesk_ingest")
comments = op.input(
    "helpdesk",
    flow,
    HelpdeskSource(settings.helpdesk_url, settings.helpdesk_token or "", BRANDS, interval=timedelta(seconds=45)),
)
op.inspect("seen", comments)
comments = op.map("region", comments, _tag_region)
comments = op.map("language", comments, detect_language)
comments = op.map("translate", comments, to_english)
encoded = op.map(
    "encode",
    comments,
    lambda m: KafkaSinkMessage(key=m.conversation_id.encode(), value=m.to_json().encode()),
)
op.output("to_kafka", encoded, KafkaSink(settings.kafka_brokers, settings.inbound_topic))
