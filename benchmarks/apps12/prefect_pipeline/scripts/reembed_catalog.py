#!/usr/bin/env python
"""Compare Cohere and Azure (text-embedding-3-small) vectors on a catalog slice.

Writes a parquet file with both vectors per chunk for the search team's
offline recall notebook, then posts a note to #search-eval.

The Azure side uses the REST endpoint directly: this script was first run from
the Airflow image, which pinned openai 0.28, and nobody has touched it since.
"""
from __future__ import annotations

import argparse
import os
import time
from typing import List

import pyarrow as pa
import pyarrow.parquet as pq
import requests

from enrich.clients import get_cohere
from enrich.settings import get_settings
from enrich.text import batched, chunk_document

AZURE_API_VERSION = "2024-06-01"


def azure_embed(texts: List[str], endpoint: str, deployment: str, api_key: str) -> List[List[float]]:
    url = f"{endpoint.rstrip('/')}/openai/deployments/{deployment}/embeddings?api-version={AZURE_API_VERSION}"
    for attempt in range(5):
        resp = requests.post(url, headers={"api-key": api_key}, json={"input": texts}, timeout=60)
        if resp.status_code == 429:
            time.sleep(int(resp.headers.get("retry-after", 2 ** attempt)))
            continue
        resp.raise_for_status()
        return [item["embedding"] for item in sorted(resp.json()["data"], key=lambda d: d["index"])]
    raise RuntimeError("Azure embeddings kept returning 429")


def cohere_embed(texts: List[str]) -> List[List[float]]:
    s = get_settings()
    co = get_cohere()
    resp = co.embed(texts=texts, model=s.cohere_embed_model, input_type="search_document",
                    embedding_types=["float"])
    return [list(v) for v in resp.embeddings.float_]


def notify(webhook: str, text: str) -> None:
    if not webhook:
        return
    requests.post(webhook, json={"text": text}, timeout=10)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", help="newline-delimited text file exported from CATALOG.DOCUMENTS")
    ap.add_argument("--out", default="catalog_vectors.parquet")
    ap.add_argument("--max-chunks", type=int, default=5000)
    args = ap.parse_args()

    s = get_settings()
    with open(args.input, encoding="utf-8") as fh:
        docs = [line for line in fh if line.strip()]
    chunks = [c for d in docs for c in chunk_document(d)][: args.max_chunks]

    cohere_vecs: List[List[float]] = []
    azure_vecs: List[List[float]] = []
    for batch in batched(chunks, 96):
        cohere_vecs.extend(cohere_embed(batch))
        azure_vecs.extend(azure_embed(batch, s.azure_openai_endpoint, s.azure_embed_deployment,
                                      os.environ["AZURE_OPENAI_API_KEY"]))

    table = pa.table({"text": chunks, "cohere": cohere_vecs, "azure": azure_vecs})
    pq.write_table(table, args.out)
    notify(s.slack_webhook_url, f"reembed_catalog: wrote {len(chunks)} chunks to {args.out}")


if __name__ == "__main__":
    main()
