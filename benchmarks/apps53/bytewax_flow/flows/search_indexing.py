"""Index conversation chunks for similarity search.

    python -m bytewax.run "flows.search_indexing:build_flow()"
    python -m bytewax.run "flows.search_indexing:build_flow('mistral')"
"""
from __future__ import annotations

import bytewax.operators as op
from bytewax.dataflow import Dataflow

from clients import make_openai
from connectors.sinks import SearchIndexSink
from flows._common import kafka_messages
from steps.embed import embed_batch, to_chunks


def build_flow(provider: str = "openai") -> Dataflow:
    flow = Dataflow(f"search_indexing_{provider}")
    msgs = kafka_messages(flow)
    chunks = op.flat_map("chunk", msgs, to_chunks)
    if provider == "openai":
        # The sink embeds per batch so we get one request per epoch per worker.
        op.output("index", chunks, SearchIndexSink(client_factory=make_openai))
    else:
        keyed = op.key_on("by_doc", chunks, lambda c: c[0])
        docs = op.flat_map_batch("embed", op.key_rm("unkey", keyed), lambda batch: embed_batch(batch, provider))
        op.inspect("dbg", docs)
    return flow


flow = build_flow()
