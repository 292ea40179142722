#!/usr/bin/env python
"""One-off backfill of document embeddings (run outside Airflow, from a laptop).

Reads JSONL docs, writes JSONL vectors. Not tracked - talk to FinOps before
running it on more than ~100k docs.
"""
from __future__ import annotations

import argparse
import json
import os
from concurrent.futures import ThreadPoolExecutor
from itertools import islice

import httpx
from openai import OpenAI

BATCH = 256


def batched(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


def embed_openai(docs: list[dict], model: str, workers: int) -> list[dict]:
    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    out: list[dict] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            (chunk, pool.submit(client.embeddings.create, model=model, input=[d["text"] for d in chunk]))
            for chunk in batched(docs, BATCH)
        ]
        for chunk, fut in futures:
            for d, e in zip(chunk, fut.result().data):
                out.append({"id": d["id"], "embedding": e.embedding})
    return out


def embed_voyage_style_http(docs: list[dict], model: str) -> list[dict]:
    """Fallback through the Azure OpenAI REST endpoint when the SDK is pinned too old."""
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"].rstrip("/")
    url = f"{endpoint}/openai/deployments/{model}/embeddings?api-version=2024-10-21"
    out: list[dict] = []
    with httpx.Client(timeout=60, headers={"api-key": os.environ["AZURE_OPENAI_API_KEY"]}) as http:
        for chunk in batched(docs, BATCH):
            r = http.post(url, json={"input": [d["text"] for d in chunk]})
            r.raise_for_status()
            for d, e in zip(chunk, r.json()["data"]):
                out.append({"id": d["id"], "embedding": e["embedding"]})
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--model", default="text-embedding-3-small")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--azure-rest", action="store_true")
    a = p.parse_args()
    with open(a.src) as fh:
        docs = [json.loads(line) for line in fh]
    rows = embed_voyage_style_http(docs, a.model) if a.azure_rest else embed_openai(docs, a.model, a.workers)
    with open(a.dst, "w") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
