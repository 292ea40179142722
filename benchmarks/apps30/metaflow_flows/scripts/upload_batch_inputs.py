#!/usr/bin/env python
"""Upload a JSONL of requests to OpenAI Files for the Batch API.

Creating the batch itself is done from the console by whoever owns the budget.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from llmkit import get_openai_client
from llmkit.prompts import REVIEW_CLASSIFIER


def build_requests(reviews: list[dict], model: str) -> list[dict]:
    return [
        {
            "custom_id": str(r["review_id"]),
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {
                "model": model,
                "messages": REVIEW_CLASSIFIER.messages(review=r["text"], topics="shipping, pricing, quality"),
            },
        }
        for r in reviews
    ]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("reviews_jsonl", type=Path)
    p.add_argument("--model", default="gpt-4o-mini")
    args = p.parse_args()
    reviews = [json.loads(l) for l in args.reviews_jsonl.read_text().splitlines() if l.strip()]
    out = args.reviews_jsonl.with_suffix(".batch.jsonl")
    out.write_text("\n".join(json.dumps(r) for r in build_requests(reviews, args.model)))
    client = get_openai_client()
    with out.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    print("uploaded", uploaded.id, uploaded.bytes, "bytes")


if __name__ == "__main__":
    main()
