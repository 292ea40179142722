#!/usr/bin/env python3
"""Re-embed FAQ entries that have no vector (or were embedded with an old model).

    python scripts/backfill_faq_embeddings.py --db data/lumen.db
    python scripts/backfill_faq_embeddings.py --local      # use the Ollama box instead

Run it with the bot stopped; it writes to the same sqlite file.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time

import ollama
from openai import OpenAI

BATCH = 100


def fetch_rows(conn: sqlite3.Connection, model: str, everything: bool):
    if everything:
        sql = "SELECT id, question, answer FROM faq_entries WHERE embed_model IS NULL OR embed_model != ?"
        return conn.execute(sql, (model,)).fetchall()
    return conn.execute("SELECT id, question, answer FROM faq_entries WHERE embedding IS NULL").fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=os.getenv("DATABASE_PATH", "data/lumen.db"))
    parser.add_argument("--local", action="store_true", help="embed with Ollama instead of OpenAI")
    parser.add_argument("--all", action="store_true", help="re-embed entries made with a different model")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    model = os.getenv("OLLAMA_EMBED_MODEL", "nomic-embed-text") if args.local else "text-embedding-3-small"
    conn = sqlite3.connect(args.db)
    rows = fetch_rows(conn, model, args.all)
    print(f"{len(rows)} entries to embed with {model}")
    if args.dry_run or not rows:
        return 0

    client = None if args.local else OpenAI()
    done = 0
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        texts = [f"{q}\n{a}" for _, q, a in batch]
        if args.local:
            vectors = ollama.embed(model=model, input=texts).embeddings
        else:
            resp = client.embeddings.create(model=model, input=texts)
            vectors = [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]
        conn.executemany(
            "UPDATE faq_entries SET embedding = ?, embed_model = ? WHERE id = ?",
            [(json.dumps(v), model, row[0]) for v, row in zip(vectors, batch)],
        )
        conn.commit()
        done += len(batch)
        print(f"  {done}/{len(rows)}")
        time.sleep(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
