#!/usr/bin/env python
"""One-off: backfill journal embeddings from a JSONL export using Azure OpenAI.

Runs outside NetBox (no Django), reading credentials from the environment:

    AZURE_OPENAI_ENDPOINT=... AZURE_OPENAI_API_KEY=... python scripts/backfill_embeddings.py export.jsonl out.jsonl
"""
import argparse
import json
import os
import sys
import time

from openai import AzureOpenAI, RateLimitError

BATCH = 64


def batches(rows, size):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--deployment", default="text-embedding-3-small")
    args = parser.parse_args(argv)

    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-06-01",
    )
    with open(args.src) as fh:
        rows = [json.loads(line) for line in fh if line.strip()]

    written = 0
    with open(args.dst, "w") as out:
        for batch in batches(rows, BATCH):
            for attempt in range(5):
                try:
                    resp = client.embeddings.create(model=args.deployment, input=[r["comments"] for r in batch])
                    break
                except RateLimitError:
                    time.sleep(2 ** attempt)
            else:
                print("giving up on batch", file=sys.stderr)
                continue
            for row, item in zip(batch, resp.data):
                out.write(json.dumps({"id": row["id"], "vector": item.embedding}) + "\n")
                written += 1
    print(f"wrote {written} vectors")


if __name__ == "__main__":
    main()
