"""Pub/Sub (Cloud Scheduler, Mondays 06:00) function: draft the weekly newsletter.

Pulls the week's top listings, streams a draft from GPT-4o into GCS, and
generates a hero image.
"""
from __future__ import annotations

import base64
import datetime as dt
import logging

import functions_framework
from cloudevents.http import CloudEvent
from google.cloud import storage

from common import get_openai_client, get_settings
from common.firestore_store import iter_listings
from common.prompts import BRAND_VOICE
from common.pubsub import decode_pubsub_event
from common.notify import slack

log = logging.getLogger("newsletter_digest")

DRAFT_MODEL = "gpt-4o"


def _week_listings(limit: int = 8) -> list[dict]:
    return [{"id": i, **d} for i, d in iter_listings(status="featured", limit=limit)]


def stream_draft(listings: list[dict]) -> tuple[str, int]:
    client = get_openai_client()
    bullet_list = "\n".join(f"- {l.get('name')} ({l.get('location')}): {l.get('tagline', '')}" for l in listings)
    stream = client.chat.completions.create(
        model=DRAFT_MODEL,
        stream=True,
        stream_options={"include_usage": True},
        messages=[
            {"role": "system", "content": BRAND_VOICE},
            {"role": "user", "content": "Draft this week's newsletter (intro + one paragraph per "
                                        "property + sign-off) featuring:\n" + bullet_list},
        ],
    )
    parts: list[str] = []
    total_tokens = 0
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
        if chunk.usage:
            total_tokens = chunk.usage.total_tokens
    return "".join(parts), total_tokens


def hero_image(theme: str) -> bytes:
    client = get_openai_client()
    img = client.images.generate(
        model="gpt-image-1",
        prompt=f"Editorial travel photograph, soft morning light, theme: {theme}. No text, no logos.",
        size="1536x1024",
        quality="medium",
        n=1,
    )
    return base64.b64decode(img.data[0].b64_json)


@functions_framework.cloud_event
def newsletter_digest(cloud_event: CloudEvent) -> None:
    payload = decode_pubsub_event(cloud_event)
    listings = _week_listings(int(payload.get("limit", 8)))
    if not listings:
        log.info("no featured listings this week")
        return

    draft, tokens = stream_draft(listings)
    week = dt.date.today().isocalendar()
    prefix = f"newsletters/{week.year}-W{week.week:02d}"
    bucket = storage.Client().bucket(get_settings().assets_bucket)
    bucket.blob(f"{prefix}/draft.md").upload_from_string(draft, content_type="text/markdown")

    if payload.get("with_image", True):
        image = hero_image(payload.get("theme") or listings[0].get("location", "Europe"))
        bucket.blob(f"{prefix}/hero.png").upload_from_string(image, content_type="image/png")

    slack(f"Newsletter draft for week {week.week} is ready ({tokens} tokens): gs://{bucket.name}/{prefix}/")
