#!/usr/bin/env python
"""Re-embed every document in an export with the current embedding model.

    python scripts/backfill_embeddings.py export.jsonl out.jsonl --batch 256

Calls the OpenAI embeddings endpoint directly (not via the hook) because
the backfill needs per-batch retries and concurrency control.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

from openai import RateLimitError

from docflow.config import get_settings
from docflow.pipeline import ProgressTracker
from docflow.providers import get_openai_client
from docflow.tokens import count_tokens, estimate_cost

log = logging.getLogger("backfill")


def read_export(path: Path) -> list[dict]:
    with path.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


async def embed_batch(batch: list[str], model: str, sem: asyncio.Semaphore) -> list[list[float]]:
    client = get_openai_client()
    async with sem:
        for attempt in range(5):
            try:
                resp = await asyncio.to_thread(client.embeddings.create, model=model, input=batch)
                return [d.embedding for d in resp.data]
            except RateLimitError:
                wait = 2**attempt
                log.warning("rate limited; sleeping %ss", wait)
                await asyncio.sleep(wait)
    raise RuntimeError("embedding batch failed after retries")


async def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("export", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    settings = get_settings()
    model = settings.embedding_model
    docs = read_export(args.export)
    texts = [d["text"] for d in docs]

    total_tokens = sum(count_tokens(t, model=model) for t in texts)
    print(f"{len(docs)} documents, ~{total_tokens} tokens, ~${estimate_cost(model, total_tokens):.2f}")
    if args.dry_run:
        return 0

    sem = asyncio.Semaphore(args.concurrency)
    batches = [texts[i : i + args.batch] for i in range(0, len(texts), args.batch)]
    progress = ProgressTracker(total=len(batches))
    tasks = [asyncio.create_task(embed_batch(b, model, sem)) for b in batches]
    vectors: list[list[float]] = []
    for task in tasks:
        vectors.extend(await task)
        progress.step()
        if progress.done % 10 == 0:
            log.info("%.0f%% done, eta %.0fs", progress.completion() * 100, progress.eta_seconds() or 0)

    with args.out.open("w") as fh:
        for doc, vec in zip(docs, vectors):
            fh.write(json.dumps({"id": doc["id"], "model": model, "embedding": vec}) + "\n")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(asyncio.run(main()))
