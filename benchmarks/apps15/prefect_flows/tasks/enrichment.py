"""Catalogue enrichment tasks: attribute extraction, alt text, titles, category checks."""
from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, Dict, List, Optional

import httpx
from google import genai
from google.genai import types
from prefect import task
from prefect.tasks import task_input_hash

from lib import prompts
from lib.clients import gemini_client, get_ollama
from lib.clients.gemini import json_config
from lib.errors import BadModelOutput, is_retryable
from lib.llm import fast_completion
from lib.logging_utils import get_logger
from lib.schemas import Listing, ListingAttributes, completion, missing_attributes
from lib.settings import settings
from lib.textutils import clean_text, parse_json_output, truncate_chars
from lib.warehouse import EnrichmentRepository, connect

MAX_PROMPT_TOKENS = 6_000
KNOWN_CATEGORIES = ["fashion", "electronics", "home", "kids", "sports", "books", "beauty", "other"]


class AttributeExtractor:
    """Fills in missing attributes from the listing text."""

    def __init__(self, client: Optional[genai.Client] = None, model: Optional[str] = None):
        self._client = client or gemini_client()
        self._model = model or settings.gemini_model

    def _prompt(self, listing: Listing, missing: List[str]) -> str:
        return prompts.ATTRIBUTE_USER.substitute(
            category=listing.category,
            missing=", ".join(missing),
            title=listing.title,
            description=clean_text(listing.description),
        )

    def _fit(self, listing: Listing, missing: List[str]) -> str:
        prompt = self._prompt(listing, missing)
        counted = self._client.models.count_tokens(model=self._model, contents=prompt)
        if (counted.total_tokens or 0) > MAX_PROMPT_TOKENS:
            shorter = listing.model_copy(update={"description": truncate_chars(listing.description, 12_000)})
            prompt = self._prompt(shorter, missing)
        return prompt

    def extract(self, listing: Listing) -> ListingAttributes:
        missing = missing_attributes(listing)
        response = self._client.models.generate_content(
            model=self._model,
            contents=self._fit(listing, missing),
            config=json_config(ListingAttributes, system=prompts.ATTRIBUTE_SYSTEM),
        )
        if response.parsed is None:
            raise BadModelOutput("no parsed attributes", raw=response.text)
        return response.parsed


@task(
    retries=3,
    retry_delay_seconds=[10, 60, 300],
    retry_condition_fn=is_retryable,
    cache_key_fn=task_input_hash,
    cache_expiration=timedelta(hours=20),
    tags=["gemini"],
)
def extract_attributes(listing: Listing, run_id: str, min_confidence: float = 0.6) -> Dict[str, Any]:
    log = get_logger()
    before = completion(listing)
    if before >= 1.0:
        return {"listing_id": listing.id, "skipped": True, "completion": before}

    attrs = AttributeExtractor().extract(listing)
    if attrs.confidence < min_confidence:
        log.info("listing %s: low confidence %.2f, not writing", listing.id, attrs.confidence)
        return {"listing_id": listing.id, "skipped": True, "completion": before}

    new_values = {
        k: v for k, v in attrs.model_dump(exclude={"confidence"}).items()
        if v and not listing.attributes.get(k)
    }
    with connect() as conn:
        EnrichmentRepository(conn).create(
            listing_id=listing.id, run_id=run_id, attributes=new_values, source="gemini"
        )
    merged = listing.model_copy(update={"attributes": {**listing.attributes, **new_values}})
    return {"listing_id": listing.id, "skipped": False, "completion": completion(merged),
            "filled": sorted(new_values)}


@task(retries=2, retry_delay_seconds=30, tags=["gemini"])
async def alt_text_for_image(listing_id: int, image_url: str) -> Optional[Dict[str, Any]]:
    async with httpx.AsyncClient(timeout=30) as http:
        img = await http.get(image_url)
        if img.status_code != 200:
            return None
    client = gemini_client()
    resp = await client.aio.models.generate_content(
        model=settings.gemini_vision_model,
        contents=[
            types.Part.from_bytes(data=img.content, mime_type=img.headers.get("content-type", "image/jpeg")),
            prompts.ALT_TEXT,
        ],
        config=types.GenerateContentConfig(temperature=0.4, max_output_tokens=80),
    )
    text = (resp.text or "").strip()
    return {"listing_id": listing_id, "image_url": image_url, "alt_text": text} if text else None


@task(retries=2, retry_delay_seconds=20, cache_key_fn=task_input_hash, cache_expiration=timedelta(days=7))
def normalise_title(listing: Listing) -> Optional[str]:
    attributes = ", ".join(f"{k}={v}" for k, v in listing.attributes.items()) or "n/a"
    resp = fast_completion(
        messages=[{
            "role": "user",
            "content": prompts.SEO_TITLE.substitute(
                title=listing.title, category=listing.category, attributes=attributes
            ),
        }],
        max_tokens=40,
    )
    title = (resp.choices[0].message.content or "").strip().strip('"')
    if not title or len(title) > 80 or title.lower() == listing.title.lower():
        return None
    return title


@task(retries=1, tags=["ollama"])
def check_category(listing: Listing) -> Dict[str, Any]:
    """Cheap local check that the seller picked a sensible category."""
    response = get_ollama().chat(
        model=settings.ollama_chat_model,
        messages=[
            {"role": "system", "content": prompts.CATEGORY_GUESS.format(categories=", ".join(KNOWN_CATEGORIES))},
            {"role": "user", "content": f"{listing.title}\n{truncate_chars(listing.description, 1500)}"},
        ],
        format="json",
        options={"temperature": 0},
    )
    try:
        guess = parse_json_output(response.message.content or "{}")
    except json.JSONDecodeError:
        guess = {}
    predicted = guess.get("category", "other")
    return {
        "listing_id": listing.id,
        "declared": listing.category,
        "predicted": predicted,
        "confidence": float(guess.get("confidence", 0.0)),
        "mismatch": predicted != listing.category and predicted in KNOWN_CATEGORIES,
    }
