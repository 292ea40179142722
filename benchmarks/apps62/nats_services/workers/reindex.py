"""Pull consumer that (re)embeds documents for the search index.

Run: python -m workers.reindex
"""
from __future__ import annotations

import asyncio
import logging
import os

import cohere
import nats
from nats.aio.msg import Msg

from svc.codec import decode, encode
from svc.jetstream import pull_loop

log = logging.getLogger("workers.reindex")

MODEL = os.environ.get("COHERE_EMBED_MODEL", "embed-v4.0")


async def process_batch(co: cohere.AsyncClientV2, nc, msgs: list[Msg]) -> None:
    docs = [decode(m.data) for m in msgs]
    resp = await co.embed(
        texts=[d["text"] for d in docs],
        model=MODEL,
        input_type="search_document",
        embedding_types=["float"],
    )
    for doc, vec in zip(docs, resp.embeddings.float_):
        await nc.publish("index.upsert", encode({"id": doc["id"], "vector": vec, "meta": doc.get("meta", {})}))
    log.info("embedded %d docs", len(docs))


async def main() -> None:
    nc = await nats.connect(servers=os.environ.get("NATS_URL", "nats://localhost:4222").split(","))
    co = cohere.AsyncClientV2(api_key=os.environ["COHERE_API_KEY"])
    stop = asyncio.Event()
    try:
        await pull_loop(nc, "batch.reindex", "reindex", lambda msgs: process_batch(co, nc, msgs), batch=64, stop=stop)
    finally:
        await nc.drain()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
