"""One-off: embed every document in a JSONL export and push to index.upsert.

    python scripts/backfill_embeddings.py export.jsonl --provider openai
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
from concurrent.futures import ThreadPoolExecutor

import cohere
import nats
from openai import OpenAI


def batched(items, n):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def embed_openai(docs: list[dict]) -> list[list[float]]:
    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    vectors: list[list[float]] = []
    for chunk in batched(docs, 512):
        resp = client.embeddings.create(model="text-embedding-3-small", input=[d["text"] for d in chunk])
        vectors.extend(d.embedding for d in resp.data)
    return vectors


def embed_cohere(docs: list[dict]) -> list[list[float]]:
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(
                co.embed,
                texts=[d["text"] for d in chunk],
                model="embed-v4.0",
                input_type="search_document",
                embedding_types=["float"],
            )
            for chunk in batched(docs, 96)
        ]
        return [list(v) for f in futures for v in f.result().embeddings.float_]


async def publish(docs, vectors) -> None:
    nc = await nats.connect(servers=[os.environ.get("NATS_URL", "nats://localhost:4222")])
    for doc, vec in zip(docs, vectors):
        await nc.publish("index.upsert", json.dumps({"id": doc["id"], "vector": vec}).encode())
    await nc.flush()
    await nc.close()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("path")
    p.add_argument("--provider", choices=["openai", "cohere"], default="openai")
    args = p.parse_args()
    with open(args.path) as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    vectors = embed_cohere(docs) if args.provider == "cohere" else embed_openai(docs)
    asyncio.run(publish(docs, vectors))
    print(f"backfilled {len(vectors)} documents")


if __name__ == "__main__":
    main()
