"""Live agent-assist: suggested next actions for agents watching a ticket.

Input is the ``support.agent_views`` topic (an agent opened a ticket); we look up the
conversation state from the summaries flow's snapshot table and emit suggestions.

    python -m bytewax.run "flows.agent_assist:build_flow()"
"""
from __future__ import annotations

import json
import logging

import bytewax.operators as op
from bytewax.connectors.kafka import KafkaSource
from bytewax.connectors.stdio import StdOutSink
from bytewax.dataflow import Dataflow

from clients import make_anthropic
from common.config import get_settings
from common.schema import SupportMessage, Triage
from steps.reply import stream_grok

log = logging.getLogger(__name__)

SUGGEST_PROMPT = (
    "Given this ticket, list up to three next actions for the support agent as a JSON array of strings."
)


def _parse_view(msg) -> Triage | None:
    try:
        data = json.loads(msg.value)
    except ValueError:
        return None
    m = SupportMessage.from_json(json.dumps(data["message"]))
    return Triage(message=m, category=data.get("category", "other"), priority=data.get("priority", "p3"))


def build_flow(client=None, stream_drafts: bool = False) -> Dataflow:
    settings = get_settings()
    client = client or make_anthropic()

    def suggest(triage: Triage) -> tuple[str, list[str]]:
        resp = client.messages.create(
            model=settings.models.summary_fallback_model,
            max_tokens=200,
            system=SUGGEST_PROMPT,
            messages=[{"role": "user", "content": triage.message.body[:4000]}],
        )
        try:
            actions = json.loads(resp.content[0].text)
        except (ValueError, IndexError):
            actions = []
        return triage.message.conversation_id, actions[:3]

    flow = Dataflow("agent_assist")
    views = op.input("views", flow, KafkaSource(settings.kafka_brokers, ["support.agent_views"]))
    tickets = op.filter_map("parse", views, _parse_view)
    suggestions = op.map("suggest", tickets, suggest)
    op.output("suggestions_out", suggestions, StdOutSink())
    if stream_drafts:
        chunks = op.flat_map("draft_stream", tickets, lambda t: list(stream_grok(t)))
        op.output("draft_chunks", chunks, StdOutSink())
    return flow
