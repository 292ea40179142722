"""django-q2 tasks for the listings app.

Enqueue with ``async_task("listings.tasks.<name>", ...)``; scheduled ones are
registered in the admin (Django Q > Scheduled tasks).
"""
from __future__ import annotations

import logging
from datetime import timedelta

from django.utils import timezone
from django_q.tasks import async_task

from core.llm import anthropic_client
from homestead.llm_factory import model_for

from . import services, staging
from .models import Listing, ListingPhoto

logger = logging.getLogger(__name__)


def regenerate_description(listing_id: int, tone: str = "warm") -> int:
    listing = Listing.objects.get(pk=listing_id)
    text = services.generate_listing_description(listing, tone=tone)
    services.apply_generated_copy(listing, text)
    if not listing.title:
        listing.title = services.suggest_title(listing)
        listing.save(update_fields=["title"])
    return listing.pk


def extract_features(listing_id: int) -> dict:
    listing = Listing.objects.get(pk=listing_id)
    listing.features = services.extract_features(listing)
    listing.save(update_fields=["features", "updated_at"])
    return listing.features


def caption_photo(photo_id: int) -> None:
    photo = ListingPhoto.objects.select_related("listing").get(pk=photo_id)
    data = staging.caption_photo(photo)
    photo.caption = (data.get("caption") or "")[:300]
    photo.room_type = photo.room_type or (data.get("room_type") or "")[:40]
    photo.save(update_fields=["caption", "room_type"])


def translate_listing(listing_id: int) -> None:
    listing = Listing.objects.get(pk=listing_id)
    listing.description_es = services.translate_description(listing, "Spanish")
    listing.save(update_fields=["description_es"])


def weekly_digest_blurb(city: str) -> str:
    """Scheduled weekly per city; the newsletter service pulls the result from the task table."""
    week_ago = timezone.now() - timedelta(days=7)
    new = Listing.objects.filter(city__iexact=city, status=Listing.Status.ACTIVE, created_at__gte=week_ago)[:25]
    if not new:
        return ""
    bullet_list = "\n".join(f"- {l.title or l.address}: {l.summary_line}, ${l.price:,.0f}" for l in new)
    message = anthropic_client().messages.create(
        model=model_for("concierge_fast"),
        max_tokens=400,
        system="You write a 3-sentence, neutral summary of new listings for an email newsletter.",
        messages=[{"role": "user", "content": f"New listings in {city} this week:\n{bullet_list}"}],
    )
    return message.content[0].text


def submit_overnight_copy_batch(limit: int = 500) -> str:
    """Overnight refresh of stale descriptions via the Message Batches API (50% cheaper)."""
    stale_before = timezone.now() - timedelta(days=90)
    qs = Listing.objects.filter(status=Listing.Status.ACTIVE, description_generated_at__lt=stale_before)[:limit]
    requests = [
        {
            "custom_id": f"listing-{listing.pk}",
            "params": {
                "model": model_for("concierge_fast"),
                "max_tokens": 600,
                "system": services.COPY_SYSTEM_PROMPT,
                "messages": [{"role": "user", "content": services.ListingFacts(listing).render()}],
            },
        }
        for listing in qs
    ]
    if not requests:
        return ""
    batch = anthropic_client().messages.batches.create(requests=requests)
    logger.info("submitted copy batch %s with %d requests", batch.id, len(requests))
    async_task("listings.tasks.poll_copy_batch", batch.id, q_options={"countdown": 1800})
    return batch.id


def poll_copy_batch(batch_id: str) -> None:
    client = anthropic_client()
    batch = client.messages.batches.retrieve(batch_id)
    if batch.processing_status != "ended":
        async_task("listings.tasks.poll_copy_batch", batch_id, q_options={"countdown": 1800})
        return
    for entry in client.messages.batches.results(batch_id):
        if entry.result.type != "succeeded":
            continue
        listing_id = int(entry.custom_id.removeprefix("listing-"))
        text = services.scrub_copy(entry.result.message.content[0].text)
        listing = Listing.objects.filter(pk=listing_id).first()
        if listing:
            services.apply_generated_copy(listing, text)
