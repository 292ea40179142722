#!/usr/bin/env python
"""Re-embed an old export with the legacy enricher (ada-002 vectors for the v1 index).

Usage: python scripts/backfill_embeddings.py export.jsonl out.npy
"""
from __future__ import annotations

import json
import sys

import numpy as np

from enrichment.legacy import GPTEnricher, shared_client


def main(src: str, dst: str, batch: int = 128) -> None:
    enricher = GPTEnricher(shared_client)
    texts = [json.loads(line)["body"] for line in open(src, encoding="utf-8") if line.strip()]
    vecs: list[list[float]] = []
    for i in range(0, len(texts), batch):
        vecs.extend(enricher.embed(texts[i : i + batch]))
        print(f"{min(i + batch, len(texts))}/{len(texts)}", file=sys.stderr)
    np.save(dst, np.asarray(vecs, dtype=np.float32))

    print(f"wrote {len(vecs)} vectors to {dst}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
