#!/usr/bin/env python
"""Backfill embeddings for rows that have none (idempotent, resumable)."""
import json
import sqlite3
import sys

import common
from shared.llm import get_mistral


def embed(texts: list[str]) -> list[list[float]]:
    result = common.client.embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in result.data]


def embed_mistral(texts: list[str]) -> list[list[float]]:
    result = get_mistral().embeddings.create(model="mistral-embed", inputs=texts)
    return [d.embedding for d in result.data]


def main(db_path: str, provider: str = "openai") -> None:
    db = sqlite3.connect(db_path)
    rows = db.execute("SELECT id, body FROM docs WHERE embedding IS NULL").fetchall()
    for start in range(0, len(rows), 64):
        batch = rows[start:start + 64]
        vectors = (embed_mistral if provider == "mistral" else embed)([b for _, b in batch])
        db.executemany(
            "UPDATE docs SET embedding = ? WHERE id = ?",
            [(json.dumps(v), i) for (i, _), v in zip(batch, vectors)],
        )
        db.commit()


if __name__ == "__main__":
    main(*sys.argv[1:])
