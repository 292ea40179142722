#!/usr/bin/env python
"""One-off: re-embed an export of articles without spinning up Beam.

Used for the Voyage vs Cohere vs Vertex embedding comparison (Jan 2025).
Writes .npy files next to the input.

    python scripts/backfill_embeddings.py export.jsonl --backend voyage
"""
import argparse
import functools
import json
import os
import sys
import time

import cohere
import numpy as np
import voyageai
from google.genai import types

from newsenrich import config
from newsenrich.clients import get_genai


def load(path):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def batches(items, n):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def run_voyage(texts, batch_size=128):
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    embed = functools.partial(vo.embed, model=config.VOYAGE_EMBED_MODEL, input_type="document")
    out, total_tokens = [], 0
    for batch in batches(texts, batch_size):
        if vo.count_tokens(batch, model=config.VOYAGE_EMBED_MODEL) > 120_000:
            print("batch too large, skipping", file=sys.stderr)
            continue
        res = embed(batch)
        out.extend(res.embeddings)
        total_tokens += res.total_tokens
    print(f"voyage: {total_tokens} tokens")
    return out


def run_cohere(texts, batch_size=config.EMBED_BATCH_SIZE):
    co = cohere.ClientV2()
    out = []
    for batch in batches(texts, batch_size):
        resp = co.embed(
            texts=batch,
            model=config.COHERE_EMBED_MODEL,
            input_type="search_document",
            embedding_types=["float"],
        )
        out.extend(resp.embeddings.float_)
        time.sleep(0.2)  # trial key rate limit
    return out


def run_vertex(texts, batch_size=50):
    client = get_genai(os.environ.get("GOOGLE_CLOUD_PROJECT"))
    out = []
    for batch in batches(texts, batch_size):
        resp = client.models.embed_content(
            model=config.GEMINI_EMBED_MODEL,
            contents=batch,
            config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT", output_dimensionality=768),
        )
        out.extend(e.values for e in resp.embeddings)
    return out


BACKENDS = {"voyage": run_voyage, "cohere": run_cohere, "vertex": run_vertex}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--backend", choices=sorted(BACKENDS), default="voyage")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()

    docs = load(args.path)
    if args.limit:
        docs = docs[: args.limit]
    texts = [f"{d['title']}\n\n{d.get('body', '')[:2000]}" for d in docs]
    vectors = BACKENDS[args.backend](texts)
    out_path = f"{os.path.splitext(args.path)[0]}.{args.backend}.npy"
    np.save(out_path, np.asarray(vectors, dtype=np.float32))
    print(f"wrote {len(vectors)} vectors to {out_path}")


if __name__ == "__main__":
    main()
