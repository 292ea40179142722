"""Backfill descriptions for SKUs that went live without copy.

Runs outside Kedro (the merch team triggers it from Airflow with a SKU list).
Uses the Anthropic Message Batches API (50% cheaper, results within 24h); --sync does the
urgent ones straight away through OpenAI.

    python scripts/backfill_descriptions.py --skus skus.txt --submit
    python scripts/backfill_descriptions.py --collect msgbatch_01...
    python scripts/backfill_descriptions.py --skus urgent.txt --sync
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import pandas as pd

from catalog_enrichment.legacy.notebook_enrichment import get_claude
from catalog_enrichment.llm import get_anthropic_client, get_openai_client
from catalog_enrichment.llm.prompts import DESCRIPTION_SYSTEM, DESCRIPTION_USER, render

logger = logging.getLogger("backfill")

PRODUCTS_PATH = Path("data/02_intermediate/clean_products.parquet")
OUTPUT_DIR = Path("data/07_model_output/backfill")
CLAUDE_MODEL = "claude-3-5-sonnet-20241022"
OPENAI_MODEL = "gpt-4o"


def load_products(skus_file: Path) -> pd.DataFrame:
    skus = {line.strip().upper() for line in skus_file.read_text().splitlines() if line.strip()}
    products = pd.read_parquet(PRODUCTS_PATH)
    found = products[products["sku"].isin(skus)]
    missing = skus - set(found["sku"])
    if missing:
        logger.warning("%d SKUs not in clean_products: %s", len(missing), sorted(missing)[:10])
    return found


def _user_prompt(row: pd.Series) -> str:
    return render(DESCRIPTION_USER, title=row["title"], brand=row.get("brand"), category=row.get("category"), attributes="{}")


def submit_batch(products: pd.DataFrame) -> str:
    client = get_anthropic_client()
    requests = [
        {
            "custom_id": row["sku"],
            "params": {
                "model": CLAUDE_MODEL,
                "max_tokens": 600,
                "system": DESCRIPTION_SYSTEM,
                "messages": [{"role": "user", "content": _user_prompt(row)}],
            },
        }
        for _, row in products.iterrows()
    ]
    batch = client.messages.batches.create(requests=requests)
    logger.info("submitted batch %s with %d requests", batch.id, len(requests))
    return batch.id


def collect_batch(batch_id: str) -> pd.DataFrame:
    client = get_anthropic_client()
    status = client.messages.batches.retrieve(batch_id)
    if status.processing_status != "ended":
        logger.info("batch %s still %s (%s)", batch_id, status.processing_status, status.request_counts)
        return pd.DataFrame()
    rows = []
    for result in client.messages.batches.results(batch_id):
        if result.result.type != "succeeded":
            rows.append({"sku": result.custom_id, "description_en": None, "error": result.result.type})
            continue
        message = result.result.message
        rows.append({"sku": result.custom_id, "description_en": message.content[0].text, "error": None})
    return pd.DataFrame(rows)


def run_sync(products: pd.DataFrame) -> pd.DataFrame:
    client = get_openai_client()
    rows = []
    for _, row in products.iterrows():
        raw = client.chat.completions.with_raw_response.create(
            model=OPENAI_MODEL,
            messages=[
                {"role": "system", "content": DESCRIPTION_SYSTEM},
                {"role": "user", "content": _user_prompt(row)},
            ],
            max_tokens=600,
        )
        remaining = raw.headers.get("x-ratelimit-remaining-tokens")
        completion = raw.parse()
        rows.append({"sku": row["sku"], "description_en": completion.choices[0].message.content})
        if remaining is not None and int(remaining) < 20_000:
            logger.warning("close to the TPM limit (%s tokens left)", remaining)
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skus", type=Path)
    parser.add_argument("--submit", action="store_true")
    parser.add_argument("--collect", metavar="BATCH_ID")
    parser.add_argument("--sync", action="store_true")
    parser.add_argument("--hello", action="store_true", help="check the legacy Claude helper still works")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)

    if args.hello:
        print(get_claude("Reply with the single word: ok"))
        return 0
    if args.collect:
        frame = collect_batch(args.collect)
        if not frame.empty:
            frame.to_parquet(OUTPUT_DIR / f"{args.collect}.parquet")
        return 0
    if not args.skus:
        parser.error("--skus is required with --submit/--sync")
    products = load_products(args.skus)
    if args.submit:
        batch_id = submit_batch(products)
        (OUTPUT_DIR / "pending_batches.jsonl").open("a").write(json.dumps({"batch_id": batch_id}) + "\n")
    elif args.sync:
        run_sync(products).to_parquet(OUTPUT_DIR / "sync_backfill.parquet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
