"""Nightly review summaries (listing level + seller level)."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, List, Sequence, Tuple

from google.genai import types
from prefect import flow, task
from prefect.task_runners import ConcurrentTaskRunner

from lib import prompts
from lib.clients import gemini_client, get_cohere
from lib.logging_utils import get_logger
from lib.schemas import Review, ReviewSummary
from lib.services.llm_usage_tracker import llm_tracker
from lib.settings import settings
from lib.storage import ArtefactStore
from lib.textutils import parse_json_output
from lib.warehouse import connect, fetch_reviews_for_listings, save_review_summaries
from tasks.reviews import review_highlights, scrub_pii, summarise_reviews, summarise_top_listing

SUSPICIOUS_SCHEMA = {
    "type": "object",
    "properties": {
        "suspicious_review_ids": {"type": "array", "items": {"type": "integer"}},
        "reason": {"type": "string"},
    },
    "required": ["suspicious_review_ids"],
}


@task
def listings_with_new_reviews(days: int = 1) -> Tuple[List[int], List[int]]:
    with connect() as conn:
        changed = conn.execute(
            "select distinct listing_id from reviews.reviews where created_at > now() - make_interval(days => %s)",
            (days,),
        ).fetchall()
        featured = conn.execute("select listing_id from merch.home_page_slots where active").fetchall()
    featured_ids = {r["listing_id"] for r in featured}
    changed_ids = [r["listing_id"] for r in changed]
    return ([i for i in changed_ids if i not in featured_ids], [i for i in changed_ids if i in featured_ids])


@task(retries=2, retry_delay_seconds=60, tags=["gemini"])
async def flag_suspicious_reviews(listing_id: int, reviews: List[Review]) -> List[int]:
    """Look for copy-pasted / incentivised reviews before they feed the summary."""
    payload = json.dumps([{"id": r.id, "rating": r.rating, "body": r.body[:600]} for r in reviews])
    client = gemini_client()
    async with llm_tracker.track_llm_call(
        provider="gemini", model=settings.gemini_model, feature_context="review_fraud_screen"
    ) as usage_log:
        resp = await client.aio.models.generate_content(
            model=settings.gemini_model,
            contents=f"Reviews for listing {listing_id}:\n{payload}",
            config=types.GenerateContentConfig(
                system_instruction="Flag reviews that look fake, duplicated or incentivised.",
                response_mime_type="application/json",
                response_schema=SUSPICIOUS_SCHEMA,
                temperature=0.0,
            ),
        )
        usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
        usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
    try:
        return [int(i) for i in parse_json_output(resp.text or "{}").get("suspicious_review_ids", [])]
    except (ValueError, AttributeError):
        return []


@task(retries=1, tags=["cohere"])
def seller_profiles(summaries: Sequence[ReviewSummary], seller_of: Dict[int, int]) -> Dict[int, str]:
    by_seller: Dict[int, List[str]] = {}
    for s in summaries:
        by_seller.setdefault(seller_of[s.listing_id], []).append(s.summary)
    co = get_cohere()

    def _profile(item: Tuple[int, List[str]]) -> Tuple[int, str]:
        seller_id, texts = item
        resp = co.chat(
            model=settings.cohere_chat_model,
            messages=[{
                "role": "user",
                "content": prompts.SELLER_SUMMARY.substitute(summaries=prompts.format_reviews(texts, 25)),
            }],
            temperature=0.4,
            max_tokens=200,
        )
        return seller_id, resp.message.content[0].text.strip()

    eligible = [(sid, texts) for sid, texts in by_seller.items() if len(texts) >= 3]
    with ThreadPoolExecutor(max_workers=settings.max_workers) as pool:
        return dict(pool.map(_profile, eligible))


@flow(name="review-summaries", task_runner=ConcurrentTaskRunner())
async def review_summaries(days: int = 1, min_reviews: int = 5) -> Dict[str, int]:
    log = get_logger()
    regular_ids, featured_ids = await listings_with_new_reviews(days)
    reviews_by_listing = fetch_reviews_for_listings(regular_ids + featured_ids, min_reviews=min_reviews)
    log.info("%d listings with >= %d reviews", len(reviews_by_listing), min_reviews)

    seller_of: Dict[int, int] = {}
    summaries: List[ReviewSummary] = []
    dropped = 0
    for listing_id, reviews in reviews_by_listing.items():
        seller_of[listing_id] = reviews[0].seller_id
        suspicious = set(await flag_suspicious_reviews(listing_id, reviews))
        dropped += len(suspicious)
        kept = await scrub_pii([r for r in reviews if r.id not in suspicious])
        if listing_id in featured_ids:
            summaries.append(await summarise_top_listing(listing_id, kept))
        else:
            summaries.append(await summarise_reviews(listing_id, kept))

    written = save_review_summaries(summaries)
    highlights = await review_highlights(summaries)
    profiles = await seller_profiles(summaries, seller_of)

    store = ArtefactStore(prefix="review-summaries")
    store.put_jsonl("highlights", highlights)
    store.put_jsonl("seller_profiles", [{"seller_id": k, "profile": v} for k, v in profiles.items()])
    return {"summaries": written, "sellers": len(profiles), "dropped_suspicious": dropped}
