#!/usr/bin/env python
"""Embed every FAQ entry that has no vector yet and rewrite the JSONL in place.

    python scripts/backfill_embeddings.py data/knowledge.jsonl
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import cohere

BATCH = 96


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--model", default="embed-english-v3.0")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    todo = [r for r in rows if not r.get("vector")]
    print(f"{len(todo)} of {len(rows)} entries need embeddings")
    if args.dry_run or not todo:
        return 0

    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    for start in range(0, len(todo), BATCH):
        batch = todo[start : start + BATCH]
        resp = co.embed(
            texts=[f"{r['title']}\n{r['body']}" for r in batch],
            model=args.model,
            input_type="search_document",
            embedding_types=["float"],
        )
        for row, vec in zip(batch, resp.embeddings.float_):
            row["vector"] = list(vec)
        print(f"  embedded {start + len(batch)}/{len(todo)}", file=sys.stderr)

    tmp = args.path.with_suffix(".tmp")
    tmp.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    tmp.replace(args.path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
