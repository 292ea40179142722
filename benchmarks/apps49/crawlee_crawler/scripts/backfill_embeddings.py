#!/usr/bin/env python
"""One-off: (re)compute embeddings for every product in a dataset export and write them to JSONL."""

from __future__ import annotations

import argparse
import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import voyageai
from openai import OpenAI

BATCH = 96


def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("export", type=Path)
    p.add_argument("--out", type=Path, default=Path("embeddings.jsonl"))
    p.add_argument("--also-openai", action="store_true", help="also write text-embedding-3-small vectors")
    args = p.parse_args()

    items = json.loads(args.export.read_text())
    texts = [f"{it['title']}\n{it.get('summary') or it.get('description', '')[:800]}" for it in items]

    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    voyage_vectors: list[list[float]] = []
    for batch in chunks(texts, BATCH):
        voyage_vectors.extend(vo.embed(batch, model="voyage-3", input_type="document").embeddings)

    openai_vectors: list[list[float]] | None = None
    if args.also_openai:
        oa = OpenAI()
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = [
                pool.submit(oa.embeddings.create, model="text-embedding-3-small", input=batch)
                for batch in chunks(texts, BATCH)
            ]
            openai_vectors = [d.embedding for f in futures for d in f.result().data]

    with args.out.open("w") as fh:
        for i, it in enumerate(items):
            row = {"url": it["url"], "voyage": voyage_vectors[i]}
            if openai_vectors is not None:
                row["openai"] = openai_vectors[i]
            fh.write(json.dumps(row) + "\n")
    print(f"wrote {len(items)} rows to {args.out}")


if __name__ == "__main__":
    main()
