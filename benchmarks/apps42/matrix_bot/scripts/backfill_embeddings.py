#!/usr/bin/env python
"""Backfill embeddings for an exported room history (JSONL of {sender, body}).

    python scripts/backfill_embeddings.py export.jsonl out.jsonl
"""
import json
import sys
import time

from openai import OpenAI

BATCH = 128


def main(src: str, dst: str) -> None:
    client = OpenAI()
    with open(src, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    with open(dst, "w", encoding="utf-8") as out:
        for i in range(0, len(rows), BATCH):
            batch = rows[i:i + BATCH]
            resp = client.embeddings.create(model="text-embedding-3-small", input=[r["body"] for r in batch])
            for row, item in zip(batch, resp.data):
                row["embedding"] = item.embedding
                out.write(json.dumps(row) + "\n")
            print(f"{i + len(batch)}/{len(rows)}", file=sys.stderr)
            time.sleep(0.2)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
