#!/usr/bin/env python
"""Re-run category classification after a taxonomy change.

Two modes:
  --mode service   small runs (< 2k products), through multi_model_service (tracked)
  --mode batch     full catalogue, as a Mistral batch job (50% cheaper, ~24h)

The batch results are imported with --import-job <job id>.
"""
import argparse
import asyncio
import io
import json
import logging
import os
import time

from mistralai.client import Mistral
from sqlalchemy import create_engine, text

from pricewatch.config import DATABASE_URL
from pricewatch.llm.prompts import CATEGORY_TAXONOMY, CLASSIFY_SYSTEM, CLASSIFY_USER
from pricewatch.services.multi_model_service import TaskComplexity, multi_model_service
from pricewatch.utils import loads_model_json, truncate

log = logging.getLogger("reclassify")

SELECT = text(
    "SELECT retailer, sku, title, brand, description FROM products "
    "WHERE (:category IS NULL OR category = :category) LIMIT :limit"
)
UPDATE = text("UPDATE products SET category = :category, category_confidence = :confidence WHERE retailer = :retailer AND sku = :sku")


def build_prompt(row):
    return CLASSIFY_USER.format(
        taxonomy=", ".join(CATEGORY_TAXONOMY),
        title=row.title,
        brand=row.brand or "-",
        breadcrumbs="-",
        description=truncate(row.description or "", 2000),
    )


async def reclassify_via_service(engine, rows):
    updated = 0
    for row in rows:
        raw = await multi_model_service.generate_response(
            prompt=build_prompt(row),
            task_type="reclassify_category",
            complexity=TaskComplexity.SIMPLE,
            system=CLASSIFY_SYSTEM,
            max_tokens=60,
        )
        try:
            result = loads_model_json(raw)
        except ValueError:
            log.warning("bad output for %s/%s: %r", row.retailer, row.sku, raw)
            continue
        with engine.begin() as conn:
            conn.execute(UPDATE, {**result, "retailer": row.retailer, "sku": row.sku})
        updated += 1
    log.info("updated %d of %d", updated, len(rows))


def submit_batch(rows, model):
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    buf = io.BytesIO()
    for row in rows:
        line = {
            "custom_id": f"{row.retailer}::{row.sku}",
            "body": {
                "messages": [
                    {"role": "system", "content": CLASSIFY_SYSTEM},
                    {"role": "user", "content": build_prompt(row)},
                ],
                "max_tokens": 60,
                "temperature": 0,
                "response_format": {"type": "json_object"},
            },
        }
        buf.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))

    uploaded = client.files.upload(
        file={"file_name": f"reclassify-{int(time.time())}.jsonl", "content": buf.getvalue()},
        purpose="batch",
    )
    job = client.batch.jobs.create(
        input_files=[uploaded.id],
        model=model,
        endpoint="/v1/chat/completions",
        metadata={"job_type": "reclassify", "rows": str(len(rows))},
    )
    log.info("submitted batch job %s with %d requests", job.id, len(rows))
    print(job.id)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["service", "batch"], default="service")
    parser.add_argument("--category", help="only re-run products currently in this category")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--model", default="mistral-small-latest")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    engine = create_engine(DATABASE_URL)
    with engine.connect() as conn:
        rows = conn.execute(SELECT, {"category": args.category, "limit": args.limit}).fetchall()

    if args.mode == "service":
        asyncio.run(reclassify_via_service(engine, rows))
    else:
        submit_batch(rows, args.model)


if __name__ == "__main__":
    main()
