#!/usr/bin/env python
"""Backfill embeddings for every document note in the matters DB.

    python -m scripts.backfill_embeddings --batch 64 [--privileged-local]
"""
from __future__ import annotations

import argparse
import json
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from counseldesk.config import get_settings
from counseldesk.services import get_ollama_client, get_openai_client
from counseldesk.services.token_budget import split_for_context
from counseldesk.storage.matter_store import MatterStore
from counseldesk.utils.retry import with_backoff

log = logging.getLogger("backfill")


def batched(items, size):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--out", type=Path, default=get_settings().data_dir / "embeddings.jsonl")
    ap.add_argument("--privileged-local", action="store_true", help="embed privileged matters with Ollama")
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    settings = get_settings()
    store = MatterStore(settings.db_path)
    client = get_openai_client()
    local = get_ollama_client()

    with args.out.open("w", encoding="utf-8") as out:
        for matter in store.list():
            chunks = [c for doc in store.notes(matter.id, kind="document") for c in split_for_context(doc, 800)]
            if not chunks:
                continue
            if matter.privileged and args.privileged_local:
                with ThreadPoolExecutor(max_workers=args.workers) as pool:
                    futures = {
                        pool.submit(local.embed, model="nomic-embed-text", input=batch): batch
                        for batch in batched(chunks, args.batch)
                    }
                    for fut in as_completed(futures):
                        for text, vec in zip(futures[fut], fut.result().embeddings):
                            out.write(json.dumps({"matter": matter.id, "text": text[:200], "vector": list(vec)}) + "\n")
                continue
            for batch in batched(chunks, args.batch):
                resp = with_backoff(client.embeddings.create, model=settings.embedding_model, input=batch)
                for text, item in zip(batch, resp.data):
                    out.write(json.dumps({"matter": matter.id, "text": text[:200], "vector": item.embedding}) + "\n")
            log.info("matter %s: %d chunks", matter.id, len(chunks))


if __name__ == "__main__":
    main()
