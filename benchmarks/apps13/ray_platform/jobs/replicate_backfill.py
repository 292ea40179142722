"""Backfill alt-text for catalogue images through our private Replicate deployment.

Predictions are created asynchronously and finish via webhook into the catalogue
service; this script only enqueues them.
"""
import argparse
import csv
import logging
import os
import time
from typing import Dict, Iterator

import replicate

logger = logging.getLogger("jobs.replicate_backfill")

DEPLOYMENT = "acme-ml/llava-alt-text"
FALLBACK_MODEL = "yorickvp/llava-13b"
WEBHOOK = os.environ.get(
    "ALT_TEXT_WEBHOOK", "https://catalogue.internal.acme.dev/hooks/replicate/alt-text"
)
PROMPT = "Write concise alt text (max 20 words) for this product image."


def rows(path: str) -> Iterator[Dict[str, str]]:
    with open(path, newline="") as fh:
        yield from csv.DictReader(fh)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", required=True, help="sku,image_url")
    parser.add_argument("--rate", type=float, default=5.0, help="predictions per second")
    parser.add_argument("--use-public-model", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    deployment = None if args.use_public_model else replicate.deployments.get(DEPLOYMENT)
    interval = 1.0 / args.rate
    created = 0
    for row in rows(args.csv):
        payload = {"image": row["image_url"], "prompt": PROMPT, "max_tokens": 64}
        if deployment is not None:
            prediction = deployment.predictions.create(
                input=payload,
                webhook=f"{WEBHOOK}?sku={row['sku']}",
                webhook_events_filter=["completed"],
            )
        else:
            prediction = replicate.predictions.create(
                model=FALLBACK_MODEL,
                input=payload,
                webhook=f"{WEBHOOK}?sku={row['sku']}",
                webhook_events_filter=["completed"],
            )
        created += 1
        if created % 500 == 0:
            logger.info("enqueued %d (last=%s)", created, prediction.id)
        time.sleep(interval)
    logger.info("enqueued %d predictions", created)


if __name__ == "__main__":
    main()
