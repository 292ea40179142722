#!/usr/bin/env python
"""Backfill embeddings for drafts in .nicegui/storage-general.json.

Usage: python scripts/backfill_embeddings.py [--batch 64] [--dry-run]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from openai import OpenAI

STORAGE = Path(".nicegui/storage-general.json")
MODEL = "text-embedding-3-small"


def load() -> dict:
    if not STORAGE.exists():
        sys.exit(f"{STORAGE} not found -- run from the repo root")
    return json.loads(STORAGE.read_text())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    data = load()
    index = data.setdefault("openai_index", {})
    todo = []
    for campaign in data.get("campaigns", {}).values():
        for draft in campaign.get("drafts", []):
            if draft["id"] not in index:
                todo.append(draft)
    print(f"{len(todo)} drafts without embeddings")
    if args.dry_run or not todo:
        return

    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    for start in range(0, len(todo), args.batch):
        chunk = todo[start:start + args.batch]
        resp = client.embeddings.create(model=MODEL, input=[d["text"] for d in chunk])
        for draft, item in zip(chunk, resp.data):
            index[draft["id"]] = item.embedding
        print(f"  embedded {start + len(chunk)}/{len(todo)}")

    STORAGE.write_text(json.dumps(data))


if __name__ == "__main__":
    main()
