"""Rebuild data/kb_index.jsonl from the Confluence export.

    python -m scripts.backfill_embeddings --export exports/it-space.json
"""

import argparse
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from services import get_settings, get_sync_azure_openai

logger = logging.getLogger("backfill")

CHUNK_CHARS = 1800
BATCH = 64


def chunk_article(article: dict):
    body = article["body"]
    for i in range(0, len(body), CHUNK_CHARS):
        yield {
            "article_id": article["id"],
            "title": article["title"],
            "url": article["url"],
            "text": body[i : i + CHUNK_CHARS],
        }


def embed_batch(texts):
    client = get_sync_azure_openai()
    resp = client.embeddings.create(model=get_settings().embedding_deployment, input=texts)
    return [d.embedding for d in resp.data]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--export", required=True)
    parser.add_argument("--out", default="data/kb_index.jsonl")
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    with open(args.export, encoding="utf-8") as fh:
        articles = json.load(fh)
    rows = [c for a in articles for c in chunk_article(a)]
    batches = [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]
    logger.info("%d chunks in %d batches", len(rows), len(batches))

    started = time.time()
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        vectors = list(pool.map(embed_batch, [[r["text"] for r in b] for b in batches]))

    with open(args.out, "w", encoding="utf-8") as out:
        for batch, vecs in zip(batches, vectors):
            for row, vec in zip(batch, vecs):
                row["embedding"] = vec
                out.write(json.dumps(row) + "\n")
    logger.info("done in %.1fs", time.time() - started)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
