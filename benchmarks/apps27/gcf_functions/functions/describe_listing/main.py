"""HTTP function: generate (or regenerate) a listing description.

POST /describe_listing {"listing_id": "...", "length": 120, "provider": "claude"?}
"""
from __future__ import annotations

import json
import logging

import flask
import functions_framework

from common import get_openai_client, get_settings
from common.firestore_store import GeneratedContent, get_listing, save_generated
from common.prompts import BRAND_VOICE, LISTING_DESCRIPTION, format_facts
from common.providers import get_provider

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("describe_listing")

BANNED = ("hidden gem", "nestled", "breathtaking", "boasts")


def _needs_polish(text: str) -> bool:
    lowered = text.lower()
    return any(b in lowered for b in BANNED)


def _polish(text: str) -> str:
    """Second pass with a cheap model to strip banned phrases the first model slipped in."""
    resp = get_openai_client().chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.2,
        messages=[
            {"role": "system", "content": BRAND_VOICE},
            {"role": "user", "content": (
                "Rewrite this without any of these phrases: " + ", ".join(BANNED)
                + ". Keep everything else.\n\n" + text
            )},
        ],
    )
    return resp.choices[0].message.content.strip()


def _error(status: int, message: str) -> flask.Response:
    return flask.Response(json.dumps({"error": message}), status=status, mimetype="application/json")


@functions_framework.http
def describe_listing(request: flask.Request) -> flask.Response:
    if request.method != "POST":
        return _error(405, "POST only")
    body = request.get_json(silent=True) or {}
    listing_id = body.get("listing_id")
    if not listing_id:
        return _error(400, "listing_id is required")

    listing = get_listing(listing_id)
    if listing is None:
        return _error(404, f"listing {listing_id} not found")

    provider = get_provider(body.get("provider"))
    prompt = LISTING_DESCRIPTION.substitute(
        length=int(body.get("length", 120)),
        name=listing.get("name", ""),
        location=listing.get("location", ""),
        facts=format_facts(listing.get("facts", {})),
    )
    result = provider.complete(prompt, system=BRAND_VOICE, max_tokens=600, temperature=0.7)
    text = result.text.strip()
    if _needs_polish(text):
        log.info("polishing %s (banned phrase)", listing_id)
        text = _polish(text)

    record = GeneratedContent.create(
        listing_id, "description", text, model=result.model, provider=result.provider
    )
    saved = False if get_settings().dry_run else save_generated(record, overwrite=bool(body.get("force")))
    return flask.jsonify({
        "listing_id": listing_id,
        "description": text,
        "saved": saved,
        "model": result.model,
        "usage": {"input_tokens": result.input_tokens, "output_tokens": result.output_tokens},
    })
