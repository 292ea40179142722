#!/usr/bin/env python
"""Backfill product-title embeddings into data/product_vectors.npy.

    python scripts/backfill_product_embeddings.py --provider openai
    python scripts/backfill_product_embeddings.py --provider gemini --limit 2000
    python scripts/backfill_product_embeddings.py --provider openai --batch-file  # upload only
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

import numpy as np
from openai import OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ai import get_genai_client  # noqa: E402
from ai.embeddings import embed_texts, embed_with_gemini  # noqa: E402
from data import get_warehouse  # noqa: E402

log = logging.getLogger("backfill")
OUT_DIR = Path(__file__).resolve().parents[1] / "data"


def openai_embeddings(client: OpenAI, titles: list[str], model: str = "text-embedding-3-small") -> np.ndarray:
    vectors = []
    for i in range(0, len(titles), 512):
        chunk = titles[i : i + 512]
        resp = client.embeddings.create(model=model, input=chunk, dimensions=768)
        vectors.extend(d.embedding for d in resp.data)
        log.info("embedded %d/%d (%d tokens)", i + len(chunk), len(titles), resp.usage.total_tokens)
    return np.asarray(vectors, dtype=np.float32)


def write_batch_file(client: OpenAI, titles: list[str], model: str) -> str:
    """Upload a JSONL for the Batch API; the platform batch runner submits it."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for i, title in enumerate(titles):
            fh.write(json.dumps({
                "custom_id": f"title-{i}",
                "method": "POST",
                "url": "/v1/embeddings",
                "body": {"model": model, "input": title},
            }) + "\n")
        path = fh.name
    with open(path, "rb") as f:
        uploaded = client.files.create(file=f, purpose="batch")
    return uploaded.id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", choices=["openai", "together", "gemini"], default="together")
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--batch-file", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    products = get_warehouse().products(limit=args.limit)
    titles = (products["brand"].fillna("") + " " + products["product_name"]).str.strip().tolist()

    if args.provider == "openai":
        client = OpenAI()
        if args.batch_file:
            print("uploaded batch input file:", write_batch_file(client, titles, "text-embedding-3-small"))
            return 0
        vectors = openai_embeddings(client, titles)
    elif args.provider == "gemini":
        vectors = np.vstack([embed_with_gemini(get_genai_client(), titles[i : i + 100])
                             for i in range(0, len(titles), 100)])
    else:
        vectors = embed_texts(titles)

    np.save(OUT_DIR / f"product_vectors_{args.provider}.npy", vectors)
    products[["sku"]].to_csv(OUT_DIR / f"product_vectors_{args.provider}.skus.csv", index=False)
    log.info("wrote %s vectors of dim %s", *vectors.shape)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
