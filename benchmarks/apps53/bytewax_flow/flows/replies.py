"""Reply drafting flow: consumes triaged tickets, joins latest summary, drafts.

    python -m bytewax.run flows.replies:flow
"""
from __future__ import annotations

import json

import bytewax.operators as op
from bytewax.connectors.kafka import KafkaSource
from bytewax.dataflow import Dataflow

from common.config import get_settings
from common.schema import SupportMessage, Triage
from connectors.sinks import ReplyDraftSink
from steps.reply import draft_reply

settings = get_settings()


def _to_triage(msg) -> Triage | None:
    data = json.loads(msg.value)
    if data.get("category") in {"abuse", "feature_request"}:
        return None
    m = SupportMessage.from_json(json.dumps({"id": data["message_id"], **data.get("message", {})}))
    return Triage(
        message=m,
        category=data["category"],
        priority=data["priority"],
        flagged=data.get("flagged", False),
        reasons=data.get("reasons", []),
    )


def _with_summary(state, triage):
    # keep the most recent summary seen for the conversation (summaries are on the same topic)
    summary = state or triage.message.metadata.get("summary")
    return summary, (triage, summary)


flow = Dataflow("reply_drafts")
raw = op.input("triaged", flow, KafkaSource(settings.kafka_brokers, [settings.triaged_topic]))
triaged = op.filter_map("parse", raw, _to_triage)
keyed = op.key_on("by_conv", triaged, lambda t: t.message.conversation_id)
joined = op.stateful_map("attach_summary", keyed, _with_summary)
drafts = op.filter_map("draft", op.key_rm("unkey", joined), draft_reply)
op.output("drafts", drafts, ReplyDraftSink(translate=True))
