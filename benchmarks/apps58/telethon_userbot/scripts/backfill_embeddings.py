"""Backfill embeddings for notes exported from the old bot (JSON lines).

    python -m scripts.backfill_embeddings export.jsonl
"""
from __future__ import annotations

import json
import sqlite3
import sys

import numpy as np

from config import settings
from core.clients import get_sync_openai_client

BATCH = 96


def main(path: str) -> None:
    client = get_sync_openai_client()
    db = sqlite3.connect(settings.db_path)
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    print(f"{len(rows)} rows")
    for i in range(0, len(rows), BATCH):
        batch = rows[i : i + BATCH]
        resp = client.embeddings.create(model=settings.embedding_model, input=[r["text"] for r in batch])
        db.executemany(
            "INSERT OR REPLACE INTO memories VALUES (?, ?, ?, ?)",
            [
                (r["chat_id"], r["msg_id"], r["text"], np.array(d.embedding, dtype=np.float32).tobytes())
                for r, d in zip(batch, resp.data)
            ],
        )
        db.commit()
        print(f"  {i + len(batch)}/{len(rows)}")


if __name__ == "__main__":
    main(sys.argv[1])
