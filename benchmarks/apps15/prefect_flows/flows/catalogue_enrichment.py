"""Nightly catalogue enrichment.

1. pick listings changed since the last successful run
2. fill missing attributes (Gemini), normalise titles, sanity-check categories (Ollama)
3. alt text for first images that have none
4. refresh category page blurbs (weekly, Sundays)
5. write a short run report to #data-platform
"""
from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta, timezone
from typing import Dict, List, Optional

from google.genai import types
from prefect import flow, task
from prefect.blocks.notifications import SlackWebhook
from prefect.context import get_run_context
from prefect.task_runners import ConcurrentTaskRunner
from prefect.variables import Variable

from lib import prompts
from lib.clients import gemini_client
from lib.clients.ollama_client import ensure_models
from lib.logging_utils import get_logger
from lib.services.multi_model_service import TaskComplexity, multi_model_service
from lib.settings import settings
from lib.storage import ArtefactStore
from lib.warehouse import connect, fetch_listings_changed_since
from tasks.enrichment import alt_text_for_image, check_category, extract_attributes, normalise_title

WATERMARK_VAR = "catalogue_enrichment_watermark"


@task
def load_watermark(default_hours: int = 26) -> datetime:
    raw = Variable.get(WATERMARK_VAR, default=None)
    if raw:
        return datetime.fromisoformat(str(raw))
    return datetime.now(timezone.utc) - timedelta(hours=default_hours)


@task
def top_brands_by_category(limit: int = 5) -> Dict[str, List[str]]:
    with connect() as conn:
        rows = conn.execute(
            """
            select category, attributes->>'brand' as brand, count(*) as n
              from catalogue.listings
             where status = 'active' and attributes ? 'brand'
             group by 1, 2
            """
        ).fetchall()
    by_cat: Dict[str, Counter] = {}
    for row in rows:
        by_cat.setdefault(row["category"], Counter())[row["brand"]] += row["n"]
    return {cat: [b for b, _ in counter.most_common(limit)] for cat, counter in by_cat.items()}


@task(retries=2, retry_delay_seconds=60, tags=["gemini"])
async def category_blurbs(brands: Dict[str, List[str]]) -> Dict[str, str]:
    client = gemini_client()
    cats = sorted(brands)
    config = types.GenerateContentConfig(temperature=0.7, max_output_tokens=160)
    responses = await asyncio.gather(
        *(
            client.aio.models.generate_content(
                model=settings.gemini_model,
                contents=prompts.CATEGORY_BLURB.substitute(category=cat, brands=", ".join(brands[cat])),
                config=config,
            )
            for cat in cats
        ),
        return_exceptions=True,
    )
    out: Dict[str, str] = {}
    for cat, resp in zip(cats, responses):
        if isinstance(resp, Exception):
            get_logger().warning("blurb for %s failed: %s", cat, resp)
            continue
        out[cat] = (resp.text or "").strip()
    return out


@task
async def run_report(stats: Dict[str, int]) -> str:
    resp = await multi_model_service.generate_response(
        prompt="Write a 3-line Slack summary of tonight's catalogue enrichment run from these "
               f"counters; mention anything that looks abnormal: {stats}",
        task_type="catalogue_enrichment_report",
        complexity=TaskComplexity.SIMPLE,
    )
    return resp.text


@flow(name="catalogue-enrichment", task_runner=ConcurrentTaskRunner(), log_prints=True)
def catalogue_enrichment(since: Optional[datetime] = None, limit: int = 20_000,
                         refresh_blurbs: Optional[bool] = None) -> Dict[str, int]:
    log = get_logger()
    run_id = str(get_run_context().flow_run.id)
    started = datetime.now(timezone.utc)
    ensure_models([settings.ollama_chat_model])

    watermark = since or load_watermark()
    listings = fetch_listings_changed_since(watermark, limit=limit)
    log.info("%d listings changed since %s", len(listings), watermark.isoformat())

    attr_futures = [extract_attributes.submit(listing, run_id) for listing in listings]
    title_futures = normalise_title.map(listings)
    category_futures = [check_category.submit(listing) for listing in listings if listing.category != "other"]
    alt_futures = [
        alt_text_for_image.submit(listing.id, listing.image_urls[0])
        for listing in listings
        if listing.image_urls
    ]

    attr_results = [f.result(raise_on_failure=False) for f in attr_futures]
    new_titles = [f.result(raise_on_failure=False) for f in title_futures]
    category_checks = [f.result(raise_on_failure=False) for f in category_futures]
    alt_texts = [f.result(raise_on_failure=False) for f in alt_futures]

    stats = {
        "listings": len(listings),
        "attributes_filled": sum(1 for r in attr_results if isinstance(r, dict) and not r.get("skipped")),
        "attribute_failures": sum(1 for r in attr_results if isinstance(r, Exception)),
        "titles_rewritten": sum(1 for t in new_titles if isinstance(t, str)),
        "category_mismatches": sum(1 for c in category_checks if isinstance(c, dict) and c["mismatch"]),
        "alt_texts": sum(1 for a in alt_texts if isinstance(a, dict)),
    }

    if refresh_blurbs if refresh_blurbs is not None else started.weekday() == 6:
        blurbs = category_blurbs(top_brands_by_category())
        stats["blurbs"] = len(blurbs)
    else:
        blurbs = {}

    store = ArtefactStore(prefix="catalogue-enrichment")
    if blurbs:
        store.put_jsonl("category_blurbs", [{"category": k, "blurb": v} for k, v in blurbs.items()])
    store.put_jsonl("attributes", [r for r in attr_results if isinstance(r, dict)])
    store.put_jsonl("category_checks", [c for c in category_checks if isinstance(c, dict)])
    store.put_jsonl("alt_texts", [a for a in alt_texts if isinstance(a, dict)])

    report = run_report(stats)
    SlackWebhook.load(settings.slack_webhook_block).notify(report)
    Variable.set(WATERMARK_VAR, started.isoformat(), overwrite=True)
    return stats


if __name__ == "__main__":
    catalogue_enrichment(limit=200)
