"""P1 escalation notes for the on-call channel.

Written during the March incident, never moved to steps/. Builds its own clients.

    python -m bytewax.run flows.escalations:flow
"""
from __future__ import annotations

import json
import os

import anthropic
import bytewax.operators as op
from bytewax.connectors.kafka import KafkaSource
from bytewax.connectors.stdio import StdOutSink
from bytewax.dataflow import Dataflow
from xai_sdk import Client
from xai_sdk.chat import system, user

BROKERS = os.environ.get("KAFKA_BROKERS", "localhost:19092").split(",")

grok = Client(api_key=os.environ["XAI_API_KEY"])
claude = anthropic.Anthropic()

NOTE_PROMPT = (
    "Write a two-sentence on-call escalation note for this P1 support ticket. "
    "Include the customer impact and what they already tried."
)


def _is_p1(msg):
    data = json.loads(msg.value)
    return data if data.get("priority") == "p1" else None


def _note(ticket: dict) -> dict:
    response = grok.chat.create(
        model="grok-3-mini",
        messages=[system(NOTE_PROMPT), user(json.dumps(ticket)[:4000])],
    ).sample()
    ticket["note"] = response.content
    return ticket


def _headline(ticket: dict) -> str:
    msg = claude.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=40,
        messages=[{"role": "user", "content": f"Six-word headline for: {ticket.get('note', '')}"}],
    )
    return f"[P1] {msg.content[0].text} :: {ticket['conversation_id']}"


flow = Dataflow("p1_escalations")
raw = op.input("triaged", flow, KafkaSource(BROKERS, ["support.triaged"]))
p1 = op.filter_map("only_p1", raw, _is_p1)
noted = op.map("note", p1, _note)
op.output("oncall", op.map("headline", noted, _headline), StdOutSink())
