#!/usr/bin/env python
"""Backfill Cohere embeddings for the help-centre export.

    python scripts/backfill_embeddings.py articles.jsonl out.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from supportbot.di import build_injector
from supportbot.keys import SearchClient
from supportbot.settings import Settings

BATCH = 96  # Cohere embed max texts per call


def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--sleep", type=float, default=0.2)
    args = parser.parse_args()

    injector = build_injector()
    co = injector.get(SearchClient)
    model = injector.get(Settings).embed_model

    with open(args.src) as fh:
        rows = [json.loads(line) for line in fh]
    print(f"embedding {len(rows)} articles with {model}", file=sys.stderr)

    with open(args.dst, "w") as out:
        for batch in chunks(rows, BATCH):
            resp = co.embed(
                texts=[r["title"] + "\n\n" + r["body"] for r in batch],
                model=model,
                input_type="search_document",
                embedding_types=["float"],
            )
            for row, vec in zip(batch, resp.embeddings.float_):
                out.write(json.dumps({"id": row["id"], "text": row["body"], "vector": vec}) + "\n")
            time.sleep(args.sleep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
