#!/usr/bin/env python
"""Embed a large corpus concurrently.

    python scripts/bulk_embed.py docs/ --out docs-index.jsonl
"""
import argparse
import asyncio
import json
import logging

from llmctl.clients import get_clients
from llmctl.embeddings import AsyncEmbedder, chunk_file, embed_in_thread, iter_files

logging.basicConfig(level=logging.INFO)
LOG = logging.getLogger("bulk_embed")


async def main(args):
    clients = get_clients(args.config)
    chunks = [c for p in iter_files(args.root) for c in chunk_file(p)]
    LOG.info("embedding %d chunks", len(chunks))
    if args.sync_client:
        vectors = await embed_in_thread(clients.openai, [c.text for c in chunks])
    else:
        embedder = AsyncEmbedder(clients.async_openai, concurrency=args.concurrency)
        vectors = await embedder.embed_all([c.text for c in chunks])

    # sanity check: the first vector should have the expected dimension
    probe = await clients.async_openai.embeddings.create(
        model="text-embedding-3-small", input="dimension probe"
    )
    assert len(probe.data[0].embedding) == len(vectors[0]), "dimension mismatch"

    with open(args.out, "w") as fh:
        for c, v in zip(chunks, vectors):
            fh.write(json.dumps({"key": c.key, "path": c.path, "embedding": v}) + "\n")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--out", default="index.jsonl")
    ap.add_argument("--config", default=None)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--sync-client", action="store_true")
    asyncio.run(main(ap.parse_args()))
