#!/usr/bin/env python3
"""Backfill descriptions for listings that never got one.

    python scripts/backfill_descriptions.py --limit 200 --concurrency 4
    python scripts/backfill_descriptions.py --classic   # old Azure path (legacy image only)

Runs as a Cloud Run job, not a function (can take hours).
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import logging
import sys
import time

from google.genai import errors as genai_errors
from google.genai import types

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.dirname(__file__)))

from common.clients import get_genai_client  # noqa: E402
from common.config import get_settings  # noqa: E402
from common.cost import completion_cost  # noqa: E402
from common.firestore_store import GeneratedContent, iter_listings, save_generated  # noqa: E402
from common.prompts import BRAND_VOICE, LISTING_DESCRIPTION, format_facts  # noqa: E402

log = logging.getLogger("backfill")


def generate_one(listing_id: str, listing: dict, model: str) -> tuple[str, int, int]:
    client = get_genai_client()
    prompt = LISTING_DESCRIPTION.substitute(
        length=120, name=listing.get("name", ""), location=listing.get("location", ""),
        facts=format_facts(listing.get("facts", {})),
    )
    for attempt in range(4):
        try:
            resp = client.models.generate_content(
                model=model,
                contents=prompt,
                config=types.GenerateContentConfig(system_instruction=BRAND_VOICE, temperature=0.7),
            )
            break
        except genai_errors.ClientError as exc:
            if exc.code != 429 or attempt == 3:
                raise
            time.sleep(2 ** attempt * 5)
    usage = resp.usage_metadata
    save_generated(GeneratedContent.create(listing_id, "description", resp.text,
                                           model=model, provider="google"))
    return listing_id, usage.prompt_token_count or 0, usage.candidates_token_count or 0


def run_classic(limit: int) -> None:
    from legacy.describe_v0 import describe  # only importable with openai<1

    for listing_id, listing in iter_listings(status="classic", limit=limit):
        text = describe(listing)
        if text:
            save_generated(GeneratedContent.create(listing_id, "description", text,
                                                   model="gpt-35-turbo", provider="azure-openai"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--classic", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    if args.classic:
        run_classic(args.limit)
        return 0

    model = get_settings().gemini_model
    todo = list(iter_listings(status="missing_description", limit=args.limit))
    tokens_in = tokens_out = 0
    with cf.ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        futures = [pool.submit(generate_one, lid, doc, model) for lid, doc in todo]
        for fut in cf.as_completed(futures):
            try:
                lid, tin, tout = fut.result()
            except Exception:
                log.exception("failed")
                continue
            tokens_in += tin
            tokens_out += tout
            log.info("done %s", lid)
    print(f"{len(todo)} listings, ~${completion_cost(model, tokens_in, tokens_out):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
