"""1st-gen background function signatures (event, context).

Still deployed for the old `listing-created` topic until the CMS team moves
to the new one. Delegates to the gen2 code paths.
"""
import base64
import json
import logging

from common.firestore_store import GeneratedContent, get_listing, save_generated
from common.prompts import BRAND_VOICE, LISTING_DESCRIPTION, format_facts
from common.providers import get_provider

log = logging.getLogger(__name__)


def on_listing_created(event, context):
    """Background Cloud Function (gen1) -- event is the Pub/Sub message dict."""
    data = json.loads(base64.b64decode(event["data"]).decode("utf-8")) if "data" in event else {}
    listing_id = data.get("listing_id")
    if not listing_id:
        log.error("no listing_id in %s", context.event_id)
        return
    listing = get_listing(listing_id)
    if not listing:
        return
    provider = get_provider("gemini")
    result = provider.complete(
        LISTING_DESCRIPTION.substitute(length=100, name=listing["name"],
                                       location=listing.get("location", ""),
                                       facts=format_facts(listing.get("facts", {}))),
        system=BRAND_VOICE,
    )
    save_generated(GeneratedContent.create(listing_id, "description", result.text,
                                           model=result.model, provider=result.provider))
