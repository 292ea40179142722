#!/usr/bin/env python3
"""Embed every note that is not in the index yet (OpenAI embeddings).

    python -m scripts.backfill_embeddings --batch 64
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
from pathlib import Path

import numpy as np

from app.config import load_settings
from app.models import NoteStore
from services import get_openai_client
from services.embeddings import OPENAI_EMBED_MODEL, EmbeddingIndex


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()

    settings = load_settings()
    store = NoteStore(Path(settings.notes_dir))
    index = EmbeddingIndex(Path(settings.notes_dir) / "embeddings.npz")
    todo = [n for n in store.all() if n.id not in index.ids and n.body.strip()]
    print(f"{len(todo)} notes to embed")

    client = get_openai_client()
    batches = [todo[i : i + args.batch] for i in range(0, len(todo), args.batch)]
    with cf.ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {
            pool.submit(client.embeddings.create, model=OPENAI_EMBED_MODEL, input=[n.body[:8000] for n in batch]): batch
            for batch in batches
        }
        for fut in cf.as_completed(futures):
            batch = futures[fut]
            for note, item in zip(batch, fut.result().data):
                index.upsert(note.id, np.asarray(item.embedding, dtype=np.float32))
    index.save()
    print("done")


if __name__ == "__main__":
    main()
