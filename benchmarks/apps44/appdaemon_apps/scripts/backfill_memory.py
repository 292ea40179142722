#!/usr/bin/env python3
"""Rebuild memory.jsonl from the HA logbook with OpenAI embeddings (one-off, 2024-09).

    HA_TOKEN=... python scripts/backfill_memory.py --days 30 --out memory.jsonl
"""
import argparse
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "apps"))

from lib import make_openai_client, settings  # noqa: E402

BATCH = 64


def fetch_logbook(days):
    start = (datetime.now() - timedelta(days=days)).isoformat()
    r = requests.get(f"{settings.HA_URL}/api/logbook/{start}",
                     headers={"Authorization": f"Bearer {settings.secret('ha_token')}"}, timeout=60)
    r.raise_for_status()
    return [f"{e['when'][:16]}: {e.get('name')} {e.get('message', '')}".strip() for e in r.json()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--out", default="memory.jsonl")
    args = parser.parse_args()

    texts = fetch_logbook(args.days)
    client = make_openai_client(timeout=120)
    batches = [texts[i:i + BATCH] for i in range(0, len(texts), BATCH)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(client.embeddings.create, model="text-embedding-3-small", input=b) for b in batches]
        with open(args.out, "w") as fh:
            for batch, fut in zip(batches, futures):
                for text, item in zip(batch, fut.result().data):
                    fh.write(json.dumps({"text": text, "vector": item.embedding}) + "\n")
    print(f"wrote {len(texts)} memories to {args.out}")


if __name__ == "__main__":
    main()
