#!/usr/bin/env python
"""Re-embed products that have no vector for the given model.

    python scripts/backfill_embeddings.py --provider together --model BAAI/bge-base-en-v1.5
    python scripts/backfill_embeddings.py --provider gemini --model text-embedding-004 --limit 5000

Written before pricewatch.llm.registry existed; kept standalone because it
runs from the cron box, which doesn't install the crawler's extras.
"""
import argparse
import logging
import os
import sys
import time

from google import genai
from google.genai import types
from sqlalchemy import create_engine, text
from together import Together

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from pricewatch.utils import chunked, completion  # noqa: E402

log = logging.getLogger("backfill_embeddings")

SELECT_MISSING = text(
    """
    SELECT p.retailer, p.sku, coalesce(p.title_en, p.title) AS title, p.brand, p.category, p.summary
    FROM products p
    LEFT JOIN product_embeddings e
      ON e.retailer = p.retailer AND e.sku = p.sku AND e.model = :model
    WHERE e.sku IS NULL
    ORDER BY p.last_seen_at DESC
    LIMIT :limit
    """
)

UPSERT = text(
    """
    INSERT INTO product_embeddings (retailer, sku, model, embedding, updated_at)
    VALUES (:retailer, :sku, :model, CAST(:vector AS vector), now())
    ON CONFLICT (retailer, sku, model) DO UPDATE SET embedding = EXCLUDED.embedding, updated_at = now()
    """
)


def row_text(row):
    return " | ".join(x for x in (row.title, row.brand, row.category, row.summary) if x)


def embed_batch(provider, client, model, texts):
    if provider == "together":
        resp = client.embeddings.create(model=model, input=texts)
        return [d.embedding for d in resp.data]
    resp = client.models.embed_content(
        model=model,
        contents=texts,
        config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY", output_dimensionality=768),
    )
    return [e.values for e in resp.embeddings]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", choices=["together", "gemini"], default="together")
    parser.add_argument("--model", required=True)
    parser.add_argument("--limit", type=int, default=50_000)
    parser.add_argument("--batch-size", type=int, default=96)
    parser.add_argument("--sleep", type=float, default=0.2, help="pause between batches (rate limits)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    if args.provider == "together":
        client = Together(api_key=os.environ["TOGETHER_API_KEY"])
    else:
        client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])

    engine = create_engine(os.environ["DATABASE_URL"])
    with engine.connect() as conn:
        rows = conn.execute(SELECT_MISSING, {"model": args.model, "limit": args.limit}).fetchall()
    log.info("%d products without %s embeddings", len(rows), args.model)

    done = 0
    for batch in chunked(rows, args.batch_size):
        vectors = embed_batch(args.provider, client, args.model, [row_text(r) for r in batch])
        with engine.begin() as conn:
            conn.execute(
                UPSERT,
                [
                    {"retailer": r.retailer, "sku": r.sku, "model": args.model, "vector": str(list(v))}
                    for r, v in zip(batch, vectors)
                ],
            )
        done += len(batch)
        log.info("%d/%d (%.0f%%)", done, len(rows), 100 * completion(done, len(rows)))
        time.sleep(args.sleep)


if __name__ == "__main__":
    main()
