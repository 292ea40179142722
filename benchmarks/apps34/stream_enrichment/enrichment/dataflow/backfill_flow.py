"""Backfill flow: re-embed historical records from JSONL dumps.

    python -m bytewax.run "enrichment.dataflow.backfill_flow:build('/data/dumps')" -w 8
"""
from __future__ import annotations

import asyncio
import functools
from pathlib import Path

import bytewax.operators as op
from bytewax.connectors.stdio import StdOutSink
from bytewax.dataflow import Dataflow

from enrichment.clients import get_async_openai, get_cohere
from enrichment.dataflow.sinks import PgVectorSink
from enrichment.dataflow.sources import JsonlReplaySource
from enrichment.models import EnrichedRecord, InboundRecord
from enrichment.settings import get_settings


async def _embed_openai(texts: list[str]) -> list[list[float]]:
    client = get_async_openai()
    s = get_settings()
    chunks = [texts[i:i + 256] for i in range(0, len(texts), 256)]
    responses = await asyncio.gather(*(
        client.embeddings.create(model=s.embedding_model, input=c) for c in chunks
    ))
    return [d.embedding for r in responses for d in r.data]


def embed_batch_openai(batch: list[InboundRecord]) -> list[EnrichedRecord]:
    vectors = asyncio.run(_embed_openai([r.text for r in batch]))
    return [EnrichedRecord(record=r, embedding=v, model_versions={"embed": "openai"}) for r, v in zip(batch, vectors)]


def embed_batch_cohere(batch: list[InboundRecord]) -> list[EnrichedRecord]:
    embed_docs = functools.partial(
        get_cohere().embed,
        model=get_settings().cohere_embed_model,
        input_type="search_document",
        embedding_types=["float"],
    )
    resp = embed_docs(texts=[r.text for r in batch])
    return [EnrichedRecord(record=r, embedding=v, model_versions={"embed": "cohere"})
            for r, v in zip(batch, resp.embeddings.float_)]


def build(dump_dir: str, backend: str = "openai", dry_run: bool = False) -> Dataflow:
    s = get_settings()
    flow = Dataflow("backfill_embeddings")
    files = sorted(Path(dump_dir).glob("*.jsonl"))
    recs = op.input("dumps", flow, JsonlReplaySource(files, kind="ticket", batch=256))
    fn = embed_batch_openai if backend == "openai" else embed_batch_cohere
    enriched = op.flat_map_batch("embed", recs, fn)
    if dry_run:
        op.output("stdout", op.map("ids", enriched, lambda e: e.record.id), StdOutSink())
    else:
        op.output("pg", enriched, PgVectorSink(s.pg_dsn))
    return flow
