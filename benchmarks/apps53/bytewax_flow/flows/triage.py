"""Main triage flow.

    python -m bytewax.run flows.triage:flow -w 4
"""
from __future__ import annotations

import bytewax.operators as op
from bytewax.connectors.stdio import StdOutSink
from bytewax.dataflow import Dataflow

from common.config import get_settings
from flows._common import kafka_messages, kafka_out
from steps import classify as classify_steps
from steps.dedupe import conversation_key, dedupe
from steps.enrich import enrich
from steps.language import detect_language
from steps.moderation import screen

settings = get_settings()

flow = Dataflow("support_triage")
messages = kafka_messages(flow)
messages = op.map("language", messages, detect_language)

keyed = op.key_on("by_conversation", messages, conversation_key)
deduped = op.stateful_map("dedupe", keyed, dedupe)
unique = op.filter_map("drop_dupes", deduped, lambda kv: kv[1])


def _classify(msg):
    if msg.metadata.get("region") == "eu":
        return classify_steps.classify_mistral(msg)
    return classify_steps.classify_with_retry(msg)


triaged = op.map("classify", unique, _classify)
triaged = op.map("moderate", triaged, screen)
triaged = op.map("enrich", triaged, enrich)

kafka_out(
    "out",
    triaged,
    settings.triaged_topic,
    key_fn=lambda t: t.message.conversation_id,
    value_fn=lambda t: t.to_json(),
)

if settings.dry_run:
    op.output("debug", op.map("fmt", triaged, lambda t: f"{t.message.message_id} {t.category}/{t.priority}"), StdOutSink())
