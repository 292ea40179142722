#!/usr/bin/env python
"""Generate missing analyst summaries for products crawled while summaries were off.

    PYTHONPATH=. python scripts/backfill_summaries.py --retailer currys --concurrency 8
"""
import argparse
import asyncio
import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from pricewatch.config import DATABASE_URL
from pricewatch.llm.clients import get_async_deepseek_client
from pricewatch.llm.prompts import SUMMARY_SYSTEM
from pricewatch.utils import truncate

log = logging.getLogger("backfill_summaries")

QUERY = text(
    """
    SELECT retailer, sku, title, brand, description
    FROM products
    WHERE summary IS NULL AND description IS NOT NULL AND (:retailer IS NULL OR retailer = :retailer)
    LIMIT :limit
    """
)
UPDATE = text("UPDATE products SET summary = :summary WHERE retailer = :retailer AND sku = :sku")


async def run(retailer, limit, concurrency, model, dry_run):
    engine = create_async_engine(DATABASE_URL.replace("+psycopg:", "+psycopg_async:"))
    async with engine.connect() as conn:
        rows = (await conn.execute(QUERY, {"retailer": retailer, "limit": limit})).fetchall()
    log.info("%d products to summarise", len(rows))

    client = get_async_deepseek_client()
    sem = asyncio.Semaphore(concurrency)
    totals = {"in": 0, "out": 0, "failed": 0}

    async def summarise(row):
        async with sem:
            try:
                resp = await client.chat.completions.create(
                    model=model,
                    messages=[
                        {"role": "system", "content": SUMMARY_SYSTEM},
                        {"role": "user", "content": f"Title: {row.title}\nBrand: {row.brand or '-'}\n\n{truncate(row.description, 6000)}"},
                    ],
                    temperature=0.3,
                    max_tokens=200,
                )
            except Exception as exc:  # noqa: BLE001
                totals["failed"] += 1
                log.warning("%s/%s failed: %s", row.retailer, row.sku, exc)
                return
        totals["in"] += resp.usage.prompt_tokens
        totals["out"] += resp.usage.completion_tokens
        summary = resp.choices[0].message.content.strip()
        if dry_run:
            print(f"{row.retailer}/{row.sku}: {summary}")
            return
        async with engine.begin() as conn:
            await conn.execute(UPDATE, {"summary": summary, "retailer": row.retailer, "sku": row.sku})

    await asyncio.gather(*(summarise(r) for r in rows))
    await client.close()
    await engine.dispose()
    log.info("done: %d tokens in, %d out, %d failed", totals["in"], totals["out"], totals["failed"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--retailer")
    parser.add_argument("--limit", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--model", default="deepseek-chat")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run(args.retailer, args.limit, args.concurrency, args.model, args.dry_run))


if __name__ == "__main__":
    main()
