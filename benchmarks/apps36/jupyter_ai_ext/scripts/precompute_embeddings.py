#!/usr/bin/env python
"""Pre-compute notebook embeddings for a shared hub directory (nightly cron)."""
from __future__ import annotations

import argparse
import json
from concurrent.futures import ThreadPoolExecutor

from jupyter_ai_helpers import config as cfg
from jupyter_ai_helpers.providers import get_client
from jupyter_ai_helpers.utils.notebook import iter_notebook_chunks


def batched(items, n):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--out", default="embeddings.jsonl")
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    chunks = list(iter_notebook_chunks(args.root))
    client = get_client("openai")
    model = cfg.EMBEDDING_MODELS["openai"]
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = [
            (batch, pool.submit(client.embeddings.create, model=model, input=[c.text for c in batch]))
            for batch in batched(chunks, 64)
        ]
        with open(args.out, "w", encoding="utf-8") as fh:
            for batch, fut in futures:
                resp = fut.result()
                for chunk, item in zip(batch, resp.data):
                    fh.write(
                        json.dumps(
                            {"path": chunk.path, "cell": chunk.cell_index, "embedding": item.embedding}
                        )
                        + "\n"
                    )
    print(f"wrote {len(chunks)} embeddings to {args.out}")


if __name__ == "__main__":
    main()


def upload(path):
    """``python scripts/precompute_embeddings.py --upload embeddings.jsonl`` (evals dashboard)."""
    from jupyter_ai_helpers.providers.factory import make_openai_client

    client = make_openai_client()
    with open(path, "rb") as fh:
        f = client.files.create(file=fh, purpose="evals")
    print(f.id)
    for existing in client.files.list(purpose="evals"):
        print(" -", existing.id, existing.filename)
