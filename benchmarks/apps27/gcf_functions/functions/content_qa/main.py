"""Pub/Sub function: QA generated copy before it can be published.

Listens on `content-results`. Runs static checks, a fact-consistency check, and
(for destination guides) a web-grounded fact check through Perplexity's API.
"""
from __future__ import annotations

import logging

import functions_framework
import requests
from cloudevents.http import CloudEvent

from common import Secrets
from common.firestore_store import db, get_listing, update_listing
from common.notify import slack
from common.pubsub import decode_pubsub_event

from checks import QAResult, consistency_check, static_checks

log = logging.getLogger("content_qa")

PERPLEXITY_URL = "https://api.perplexity.ai/chat/completions"
FACT_CHECK_MODEL = "sonar"


def web_fact_check(text: str, destination: str) -> list[str]:
    """Perplexity has no SDK we want to vendor; the API is OpenAI-shaped so plain requests is fine."""
    resp = requests.post(
        PERPLEXITY_URL,
        headers={
            "Authorization": f"Bearer {Secrets.get('perplexity-api-key')}",
            "Content-Type": "application/json",
        },
        json={
            "model": FACT_CHECK_MODEL,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": "List factual errors in this travel guide, one per line. "
                                              "Reply NONE if there are none."},
                {"role": "user", "content": f"Destination: {destination}\n\n{text}"},
            ],
        },
        timeout=60,
    )
    resp.raise_for_status()
    content = resp.json()["choices"][0]["message"]["content"].strip()
    if content.upper().startswith("NONE"):
        return []
    return [line.strip("-• ").strip() for line in content.splitlines() if line.strip()]


@functions_framework.cloud_event
def content_qa(cloud_event: CloudEvent) -> None:
    payload = decode_pubsub_event(cloud_event)
    listing_id = payload["listing_id"]
    kind = payload.get("kind", "description")
    snap = (db().collection("listings").document(listing_id)
            .collection("generated").document(f"{kind}-{payload.get('locale', 'en-GB')}").get())
    if not snap.exists:
        log.warning("nothing to QA for %s/%s", listing_id, kind)
        return
    text = snap.get("body")
    if not isinstance(text, str):
        return

    result = QAResult()
    static_checks(text, result)
    listing = get_listing(listing_id) or {}
    consistency_check(text, listing.get("facts", {}), result)
    if listing.get("type") == "destination_guide":
        for err in web_fact_check(text, listing.get("name", "")):
            result.fail(f"fact: {err}")

    snap.reference.update({"qa": {"passed": result.passed, "issues": result.issues}})
    if not result.passed:
        update_listing(listing_id, needs_review=True)
        slack(f":warning: QA failed for {listing_id} ({kind}):\n" + "\n".join(f"• {i}" for i in result.issues[:10]))
