#!/usr/bin/env python
"""One-off: embed the historical incident archive with Voyage into a parquet file."""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pandas as pd
import voyageai

BATCH = 128


def iter_incidents(path: Path):
    with path.open() as fh:
        for line in fh:
            rec = json.loads(line)
            yield rec["id"], f"{rec['title']}\n{rec.get('summary', '')}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("archive", type=Path)
    ap.add_argument("--out", type=Path, default=Path("incident_vectors.parquet"))
    ap.add_argument("--model", default="voyage-3")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    rows = list(iter_incidents(args.archive))
    texts = [t for _, t in rows]

    n_tokens = vo.count_tokens(texts, model=args.model)
    print(f"{len(rows)} incidents, {n_tokens} tokens")
    if args.dry_run:
        return

    vectors: list[list[float]] = []
    for i in range(0, len(texts), BATCH):
        res = vo.embed(texts[i:i + BATCH], model=args.model, input_type="document", truncation=True)
        vectors.extend(res.embeddings)
        print(f"  {i + len(res.embeddings)}/{len(texts)} ({res.total_tokens} tok)")

    pd.DataFrame({"id": [i for i, _ in rows], "vec": vectors}).to_parquet(args.out)


if __name__ == "__main__":
    main()
