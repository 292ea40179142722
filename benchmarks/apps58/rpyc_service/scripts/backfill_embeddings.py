#!/usr/bin/env python
"""Re-embed the docs index with the configured embedding backend.

    python scripts/backfill_embeddings.py --config gateway.toml --input docs.jsonl --out vectors.jsonl
"""
from __future__ import annotations

import argparse
import json

from gateway.backends.registry import BackendRegistry
from gateway.config import load_config
from gateway.costs import estimate_cost


def read_jsonl(path):
    with open(path) as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default="gateway.toml")
    ap.add_argument("--input", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--backend", default=None)
    ap.add_argument("--batch", type=int, default=64)
    args = ap.parse_args()

    config = load_config(args.config)
    registry = BackendRegistry.from_config(config)
    backend = registry.get(args.backend or config.defaults.embed_backend)

    docs = list(read_jsonl(args.input))
    total_tokens = 0
    with open(args.out, "w") as out:
        for i in range(0, len(docs), args.batch):
            batch = docs[i:i + args.batch]
            result = backend.embed([d["text"] for d in batch])
            total_tokens += result.input_tokens
            for doc, vec in zip(batch, result.vectors):
                out.write(json.dumps({"id": doc["id"], "vector": vec}) + "\n")
            print(f"{i + len(batch)}/{len(docs)}")
    print(f"done; ~${estimate_cost(result.model, total_tokens):.4f}")


if __name__ == "__main__":
    main()
