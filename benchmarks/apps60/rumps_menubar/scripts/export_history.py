#!/usr/bin/env python3
"""Export clipboard history as JSONL, optionally uploading it to OpenAI as a
batch-input file for offline labelling experiments."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from menubar.history import HistoryStore
from menubar.llm import get_openai_client


def to_batch_line(item, model: str) -> dict:
    return {
        "custom_id": f"clip-{item.id}",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {
            "model": model,
            "messages": [
                {"role": "system", "content": "Classify: email, code, chat, url, other."},
                {"role": "user", "content": item.text[:2000]},
            ],
            "max_tokens": 3,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--upload", action="store_true")
    parser.add_argument("--model", default="gpt-4o-mini")
    args = parser.parse_args()

    store = HistoryStore()
    items = store.all()
    with args.out.open("w") as fh:
        for item in items:
            fh.write(json.dumps(to_batch_line(item, args.model)) + "\n")
    print(f"wrote {len(items)} lines to {args.out}")

    if args.upload:
        client = get_openai_client()
        with args.out.open("rb") as fh:
            uploaded = client.files.create(file=fh, purpose="batch")
        print(f"uploaded as {uploaded.id}")


if __name__ == "__main__":
    main()
