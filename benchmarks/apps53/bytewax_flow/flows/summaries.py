"""Rolling conversation summaries.

    python -m bytewax.run flows.summaries:flow
"""
from __future__ import annotations

import bytewax.operators as op
from bytewax.dataflow import Dataflow

from connectors.sinks import SummarySink
from flows._common import kafka_messages
from steps.summarize import update_summary

flow = Dataflow("conversation_summaries")
msgs = kafka_messages(flow)
keyed = op.key_on("key_conversation", msgs, lambda m: m.conversation_id)
summaries = op.stateful_map("summarise", keyed, update_summary)
ready = op.filter_map("only_ready", summaries, lambda kv: kv[1])
op.output("helpdesk", ready, SummarySink())
