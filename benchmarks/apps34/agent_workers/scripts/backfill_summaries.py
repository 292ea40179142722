#!/usr/bin/env python
"""One-off: backfill summaries for documents ingested before the summarise plugin existed.

    python scripts/backfill_summaries.py docs.jsonl out.jsonl --workers 8
"""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed

import litellm

MODEL = "gpt-4o-mini"
PROMPT = "Summarise this document in three sentences:\n\n{text}"


def summarise_doc(doc: dict) -> dict:
    resp = litellm.completion(
        model=MODEL,
        messages=[{"role": "user", "content": PROMPT.format(text=doc["text"][:20000])}],
        max_tokens=300,
    )
    return {"id": doc["id"], "summary": resp.choices[0].message.content}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--raw", action="store_true", help="fan out litellm.completion directly (faster, no wrapper)")
    args = ap.parse_args(argv)

    with open(args.src) as fh:
        docs = [json.loads(line) for line in fh if line.strip()]

    done = 0
    with ThreadPoolExecutor(max_workers=args.workers) as pool, open(args.dst, "w") as out:
        if args.raw:
            futures = {
                pool.submit(
                    litellm.completion,
                    model=MODEL,
                    messages=[{"role": "user", "content": PROMPT.format(text=d["text"][:20000])}],
                ): d["id"]
                for d in docs
            }
            for fut in as_completed(futures):
                out.write(json.dumps({"id": futures[fut], "summary": fut.result().choices[0].message.content}) + "\n")
                done += 1
        else:
            for fut in as_completed([pool.submit(summarise_doc, d) for d in docs]):
                out.write(json.dumps(fut.result()) + "\n")
                done += 1
    print(f"backfilled {done}/{len(docs)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
