#!/usr/bin/env python
"""Build the on-disk index: ``python -m scripts.build_index docs/ --out data/index``."""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

from openai import OpenAI

from config import get_settings
from retrieval.embedder import Embedder
from retrieval.index_builder import build_index
from retrieval.store import VectorStore

logging.basicConfig(level=logging.INFO)


def main() -> None:
    s = get_settings()
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=s.index_dir)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--init", action="store_true", help="only create an empty index dir")
    args = ap.parse_args()

    if args.init:
        VectorStore(s.embed_dim).create(args.out)
        return

    client = OpenAI()
    if args.dry_run:
        probe = client.embeddings.create(model=s.embed_model, input=["dimension probe"])
        print("dim =", len(probe.data[0].embedding))
        return
    store = build_index(args.corpus, Embedder(client, s.embed_model), s.embed_dim)
    store.save(args.out)
    print(f"wrote {len(store)} chunks to {args.out}")


if __name__ == "__main__":
    main()
