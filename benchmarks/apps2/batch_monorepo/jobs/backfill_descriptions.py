"""Backfill descriptions and taglines for products that have none.

Usage: python jobs/backfill_descriptions.py --tenant acme-uk --limit 500 [--dry-run]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
for _lib in ("libs/llmkit", "libs/catalog"):
    _path = str(REPO_ROOT / _lib)
    if _path not in sys.path:
        sys.path.insert(0, _path)

from llmkit.clients import get_fireworks  # noqa: E402
from llmkit.config import get_settings  # noqa: E402
from llmkit.hub import get_hub  # noqa: E402

from catalog.descriptions import DESCRIBERS, SYSTEM_PROMPT, build_prompt  # noqa: E402
from catalog.models import Product, load_products, make_session_factory, save_generated  # noqa: E402
from catalog.quality import completion, generate  # noqa: E402

logger = logging.getLogger("jobs.backfill_descriptions")

TAGLINE_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
MIN_COMPLETION = 0.5


def tagline_prompt(product: Product) -> str:
    return (
        "Write a product tagline of at most 8 words.\n"
        f"Product: {product.title}\nCategory: {product.category}\nTagline:"
    )


def describe_long_form(product: Product) -> str:
    """Long-form copy for hero products, via the Azure Responses API."""
    response = get_hub().get("azure").responses.create(
        model=get_settings().azure_chat_deployment,
        instructions=SYSTEM_PROMPT,
        input=build_prompt(product),
        max_output_tokens=900,
    )
    return response.output_text.strip()


def run(tenant: str, limit: int, method: str, dry_run: bool) -> int:
    sessions = make_session_factory(os.environ["CATALOG_DB_DSN"])
    describe = DESCRIBERS[method]
    with sessions() as session:
        products = load_products(session, tenant, missing_description=True, limit=limit)
        logger.info("%d products without description", len(products))

        sparse = [p for p in products if completion(p) < MIN_COMPLETION]
        rich = [p for p in products if completion(p) >= MIN_COMPLETION]
        for product in sparse:
            save_generated(session, product.sku, "description", generate(product), model="template")

        fireworks = get_fireworks()
        written = 0
        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = {pool.submit(describe, p): p for p in rich}
            taglines = {
                pool.submit(
                    fireworks.completions.create,
                    model=TAGLINE_MODEL,
                    prompt=tagline_prompt(p),
                    max_tokens=24,
                    temperature=0.7,
                ): p
                for p in rich
            }
            for future in as_completed(futures):
                product = futures[future]
                try:
                    text = future.result()
                except Exception:
                    logger.exception("description failed for %s", product.sku)
                    continue
                if not dry_run:
                    save_generated(session, product.sku, "description", text, model=method)
                written += 1
            for future in as_completed(taglines):
                product = taglines[future]
                try:
                    tagline = future.result().choices[0].text.strip()
                except Exception:
                    logger.exception("tagline failed for %s", product.sku)
                    continue
                if not dry_run:
                    save_generated(session, product.sku, "tagline", tagline, model=TAGLINE_MODEL)

        hero = [p for p in rich if p.attributes.get("hero") == "true"]
        for product in hero:
            if not dry_run:
                save_generated(session, product.sku, "long_description", describe_long_form(product), model="azure")

        if not dry_run:
            session.commit()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--method", choices=sorted(DESCRIBERS), default="tracked")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    written = run(args.tenant, args.limit, args.method, args.dry_run)
    logger.info("done: %d descriptions", written)


if __name__ == "__main__":
    main()
