#!/usr/bin/env python
"""One-off: copy legacy OpenAI vectors into Cohere space for old records.

Usage: python scripts/backfill_embeddings.py --since 2023-01-01
"""
import argparse
import os
import sys
import time

import cohere

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app import app, db  # noqa: E402
from app.models import KnowledgeRecord  # noqa: E402
from app.utils import Completion  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", default="2023-01-01")
    parser.add_argument("--batch", type=int, default=96)
    args = parser.parse_args()

    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    with app.app_context():
        records = (
            db.session.query(KnowledgeRecord)
            .filter(KnowledgeRecord.changed_on >= args.since)
            .order_by(KnowledgeRecord.id)
            .all()
        )
        progress = Completion(len(records))
        for i in range(0, len(records), args.batch):
            chunk = records[i : i + args.batch]
            res = co.embed(
                texts=[f"{r.title}\n\n{r.body or ''}" for r in chunk],
                model="embed-english-v3.0",
                input_type="search_document",
                embedding_types=["float"],
            )
            for rec, vec in zip(chunk, res.embeddings.float_):
                rec.embedding = vec
            db.session.commit()
            progress.step(len(chunk))
            print(f"{progress.completion():.0%}", flush=True)
            time.sleep(1.0)  # trial key rate limit


if __name__ == "__main__":
    main()
