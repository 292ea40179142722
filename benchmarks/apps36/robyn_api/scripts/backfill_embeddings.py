#!/usr/bin/env python
"""One-off: embed a JSONL export of help-center articles and load them."""

from __future__ import annotations

import argparse
import json
import os

import voyageai

from supportdesk.repositories.db import init_schema
from supportdesk.repositories.kb_articles import KBArticleRepository
from supportdesk.schemas import KBArticle


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("export", help="path to articles.jsonl")
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()

    init_schema()
    repo = KBArticleRepository()
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    with open(args.export) as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    print(f"{len(rows)} articles, ~{vo.count_tokens([r['body'] for r in rows])} tokens")
    for i in range(0, len(rows), args.batch):
        batch = rows[i : i + args.batch]
        res = vo.embed([f"{r['title']}\n{r['body']}" for r in batch], model="voyage-3",
                       input_type="document")
        for row, vec in zip(batch, res.embeddings):
            repo.upsert(KBArticle(id=row["id"], title=row["title"], body=row["body"],
                                  url=row.get("url", ""), embedding=vec))
        print(f"loaded {i + len(batch)}/{len(rows)}")


if __name__ == "__main__":
    main()
