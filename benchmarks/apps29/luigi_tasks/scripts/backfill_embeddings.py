#!/usr/bin/env python
"""Backfill embeddings for titles added before the EmbedTitles task existed.

Async because the vector store client is async; the OpenAI calls are pushed
onto threads with the shared sync client.
"""
import asyncio
import json
import sys

from enrichment.llm import get_openai

MODEL = "text-embedding-3-small"


async def embed_chunk(client, texts):
    resp = await asyncio.to_thread(client.embeddings.create, model=MODEL, input=texts)
    return [d.embedding for d in resp.data]


async def main(path, out_path, chunk=64):
    client = get_openai()
    with open(path) as fh:
        rows = [json.loads(l) for l in fh if l.strip()]
    chunks = [rows[i:i + chunk] for i in range(0, len(rows), chunk)]
    results = await asyncio.gather(*(embed_chunk(client, [r["title"] for r in c]) for c in chunks))
    with open(out_path, "w") as out:
        for c, vecs in zip(chunks, results):
            for r, v in zip(c, vecs):
                out.write(json.dumps({"isbn": r["isbn"], "vector": v}) + "\n")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
