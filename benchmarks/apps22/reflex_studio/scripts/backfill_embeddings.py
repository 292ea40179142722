#!/usr/bin/env python
"""Backfill embeddings for approved content into a JSONL file (loaded at startup).

    python scripts/backfill_embeddings.py --out data/library_vectors.jsonl
"""
import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import reflex as rx  # noqa: E402
import sqlmodel  # noqa: E402
from together import Together  # noqa: E402

from studio.backend.models import ContentPiece  # noqa: E402

MODEL = "togethercomputer/m2-bert-80M-8k-retrieval"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="data/library_vectors.jsonl")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    client = Together(api_key=os.environ["TOGETHER_API_KEY"])
    with rx.session() as session:
        pieces = session.exec(sqlmodel.select(ContentPiece).where(ContentPiece.approved == True)).all()  # noqa: E712
    print(f"{len(pieces)} approved pieces")
    if args.dry_run:
        return 0

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w") as fh:
        for i in range(0, len(pieces), args.batch):
            chunk = pieces[i : i + args.batch]
            resp = client.embeddings.create(model=MODEL, input=[p.body[:8000] for p in chunk])
            for piece, item in zip(chunk, resp.data):
                fh.write(json.dumps({"id": piece.id, "text": piece.body, "vector": item.embedding}) + "\n")
            print(f"  {i + len(chunk)}/{len(pieces)}")
            time.sleep(0.2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
