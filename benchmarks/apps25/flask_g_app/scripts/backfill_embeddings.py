#!/usr/bin/env python
"""Backfill candidate embeddings with mistral-embed.

We tried mistral-embed for candidate search in the EU region; this script
fills ``Candidate.embedding`` for rows that do not have one yet.

    python scripts/backfill_embeddings.py --env production --batch 32
"""
import argparse
import logging
import sys
import time

sys.path.insert(0, ".")

from app import create_app  # noqa: E402
from app.extensions import db, llm  # noqa: E402
from app.models import Candidate  # noqa: E402
from app.utils import redact_pii, truncate  # noqa: E402

log = logging.getLogger("backfill")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--env", default="development")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    app = create_app(args.env)
    with app.app_context():
        rows = Candidate.query.filter(Candidate.embedding.is_(None)).all()
        log.info("%d candidates without embeddings", len(rows))
        if args.dry_run:
            return 0
        client = llm.mistral
        for i in range(0, len(rows), args.batch):
            group = rows[i : i + args.batch]
            texts = [truncate(redact_pii(r.resume_text or r.full_name or ""), 8000) for r in group]
            resp = client.embeddings.create(model="mistral-embed", inputs=texts)
            for row, item in zip(group, resp.data):
                row.embedding = item.embedding
            db.session.commit()
            time.sleep(0.5)  # stay under the 5 rps org limit
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
