"""GCS-triggered function: write alt text for newly uploaded listing photos.

Trigger: google.cloud.storage.object.v1.finalized on the assets bucket,
objects under photos/<listing_id>/...
"""
from __future__ import annotations

import logging
import pathlib

import functions_framework
from cloudevents.http import CloudEvent
from google.cloud import storage
from google.genai import types

from common import get_genai_client, get_openai_client, get_settings
from common.firestore_store import GeneratedContent, mark_processed, save_generated
from common.prompts import ALT_TEXT
from common.pubsub import gcs_object_from_event

log = logging.getLogger("image_alt_text")

IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp"}
_storage: storage.Client | None = None


def gcs() -> storage.Client:
    global _storage
    if _storage is None:
        _storage = storage.Client()
    return _storage


def describe_image(gcs_uri: str, mime_type: str) -> tuple[str, int]:
    client = get_genai_client()
    resp = client.models.generate_content(
        model=get_settings().gemini_model,
        contents=[
            types.Part.from_uri(file_uri=gcs_uri, mime_type=mime_type),
            ALT_TEXT,
        ],
        config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=80),
    )
    text = (resp.text or "").strip().strip('"')
    return text[:125], resp.usage_metadata.total_token_count or 0


def is_flagged(text: str) -> bool:
    """Alt text is public; run it through moderation before it goes on the site."""
    result = get_openai_client().moderations.create(model="omni-moderation-latest", input=text)
    return bool(result.results and result.results[0].flagged)


@functions_framework.cloud_event
def image_alt_text(cloud_event: CloudEvent) -> None:
    bucket, name, content_type = gcs_object_from_event(cloud_event)
    if content_type not in IMAGE_TYPES or not name.startswith("photos/"):
        return
    if not mark_processed(cloud_event["id"]):
        return

    parts = pathlib.PurePosixPath(name).parts
    listing_id = parts[1] if len(parts) > 2 else "unknown"
    alt, tokens = describe_image(f"gs://{bucket}/{name}", content_type)
    if not alt:
        log.warning("empty alt text for %s", name)
        return
    if is_flagged(alt):
        log.warning("moderation flagged alt text for %s: %r", name, alt)
        alt = ""

    blob = gcs().bucket(bucket).blob(name)
    blob.metadata = {**(blob.metadata or {}), "alt": alt}
    blob.patch()

    save_generated(
        GeneratedContent.create(listing_id, f"alt_text:{pathlib.PurePosixPath(name).name}", alt,
                                model=get_settings().gemini_model, provider="google"),
        overwrite=True,
    )
    log.info("alt text for %s (%d tokens): %s", name, tokens, alt)
