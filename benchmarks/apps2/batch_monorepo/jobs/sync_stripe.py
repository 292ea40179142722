"""Push catalogue products to Stripe so checkout links show current titles.

Usage: python jobs/sync_stripe.py --tenant acme-uk
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
for _lib in ("libs/llmkit", "libs/catalog"):
    _path = str(REPO_ROOT / _lib)
    if _path not in sys.path:
        sys.path.insert(0, _path)

import stripe  # noqa: E402

from catalog.models import load_products, make_session_factory  # noqa: E402
from catalog.quality import completion, generate  # noqa: E402

logger = logging.getLogger("jobs.sync_stripe")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--min-completion", type=float, default=0.75)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
    sessions = make_session_factory(os.environ["CATALOG_DB_DSN"])
    with sessions() as session:
        products = load_products(session, args.tenant)

    created = 0
    for product in products:
        score = completion(product)
        if score < args.min_completion:
            logger.info("skip %s (completion %.2f)", product.sku, score)
            continue
        description = product.description or generate(product)
        stripe.Product.create(
            id=f"{args.tenant}-{product.sku}",
            name=product.title[:250],
            description=description[:500],
            images=product.image_urls[:8],
            metadata={"tenant": args.tenant, "category": product.category},
        )
        created += 1
    logger.info("created %d stripe products", created)


if __name__ == "__main__":
    main()
