"""Pub/Sub function: summarise new reviews for a listing.

Triggered from the `reviews-updated` topic (payload: {"listing_id", "reviews": [...]})
"""
from __future__ import annotations

import logging

import functions_framework
from cloudevents.http import CloudEvent

from common import get_anthropic_client, get_settings
from common.firestore_store import GeneratedContent, mark_processed, save_generated, update_listing
from common.notify import page_oncall
from common.pubsub import decode_pubsub_event, publish_json

from summarize import SENTIMENT_SYSTEM, _format_reviews, parse_sentiment, summarize_reviews, trim_to_budget

log = logging.getLogger("review_summarizer")


def _sentiment(client, reviews: list[dict]) -> dict:
    settings = get_settings()
    msg = client.messages.create(
        model=settings.claude_haiku_model,
        max_tokens=200,
        system=SENTIMENT_SYSTEM,
        messages=[{"role": "user", "content": _format_reviews(reviews[:40])}],
    )
    return parse_sentiment(msg.content[0].text)


@functions_framework.cloud_event
def summarize_reviews_event(cloud_event: CloudEvent) -> None:
    payload = decode_pubsub_event(cloud_event)
    if not mark_processed(payload["_message_id"]):
        log.info("duplicate delivery %s, skipping", payload["_message_id"])
        return

    listing_id = payload["listing_id"]
    reviews = payload.get("reviews") or []
    if len(reviews) < 3:
        log.info("%s: only %d reviews, not summarising", listing_id, len(reviews))
        return

    settings = get_settings()
    client = get_anthropic_client()
    name = payload.get("name", listing_id)
    reviews = trim_to_budget(client, settings.claude_model, name, reviews)

    summary = summarize_reviews(client, settings.claude_model, name, reviews)
    sentiment = _sentiment(client, reviews)

    save_generated(
        GeneratedContent.create(listing_id, "summary", summary.text,
                                model=settings.claude_model, provider="anthropic"),
        overwrite=True,
    )
    update_listing(listing_id, review_sentiment=sentiment)

    if "safety" in sentiment.get("flags", []):
        page_oncall(f"Safety flag on listing {listing_id}: check reviews")

    publish_json(settings.results_topic, {
        "listing_id": listing_id,
        "kind": "summary",
        "tokens": summary.input_tokens + summary.output_tokens,
    }, source="review_summarizer")
