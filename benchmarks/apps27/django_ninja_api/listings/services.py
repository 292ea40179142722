"""Business logic for listings: copy generation, feature extraction, translation.

Most functions take a Listing and return plain data; persistence is the
caller's job (views, tasks, commands).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from django.apps import apps
from django.utils import timezone
from xai_sdk.chat import system, user

from core.llm import get_genai_client, openai_client, xai
from homestead.llm_factory import model_for

from .models import Listing
from .schemas import ListingFeatures

logger = logging.getLogger(__name__)

COPY_SYSTEM_PROMPT = (
    "You are a licensed real-estate copywriter. Write listing descriptions that are accurate, "
    "fair-housing compliant (never describe the ideal buyer, neighbourhood demographics, schools "
    "as 'safe', etc.) and based only on the facts provided."
)

TONE_HINTS = {
    "warm": "Inviting and friendly, second person.",
    "luxury": "Polished, understated luxury; no exclamation marks.",
    "concise": "Short sentences, scannable, no fluff.",
    "investor": "Numbers first: price per square foot, rental potential, condition.",
}

BANNED_PHRASES = re.compile(r"\b(perfect for (families|singles|couples)|exclusive neighbou?rhood|walking distance to church)\b", re.I)


@dataclass
class ListingFacts:
    """Plain facts block fed into prompts. Not an LLM thing by itself."""

    listing: Listing

    def render(self) -> str:
        l = self.listing
        lines = [
            f"Type: {l.get_property_type_display()}",
            f"Address: {l.address}, {l.city}, {l.state} {l.postal_code}",
            f"Price: ${l.price:,.0f}",
            f"Bedrooms: {l.bedrooms}  Bathrooms: {l.bathrooms}",
        ]
        if l.square_feet:
            lines.append(f"Living area: {l.square_feet} sq ft")
        if l.year_built:
            lines.append(f"Year built: {l.year_built}")
        if l.features:
            lines.append("Features: " + ", ".join(k for k, v in l.features.items() if v is True))
        if l.agent_notes:
            lines.append(f"Agent notes: {l.agent_notes}")
        return "\n".join(lines)


def _copy_messages(listing: Listing, tone: str, max_words: int) -> list[dict]:
    return [
        {"role": "system", "content": COPY_SYSTEM_PROMPT},
        {
            "role": "user",
            "content": (
                f"Tone: {TONE_HINTS.get(tone, TONE_HINTS['warm'])}\n"
                f"Length: at most {max_words} words.\n\n{ListingFacts(listing).render()}"
            ),
        },
    ]


def scrub_copy(text: str) -> str:
    cleaned = BANNED_PHRASES.sub("", text)
    return re.sub(r"\s{2,}", " ", cleaned).strip()


def generate_listing_description(listing: Listing, tone: str = "warm", max_words: int = 180) -> str:
    client = apps.get_app_config("core").openai
    completion = client.chat.completions.create(
        model=model_for("listing_copy"),
        messages=_copy_messages(listing, tone, max_words),
        temperature=0.7,
        max_tokens=max_words * 2,
    )
    text = completion.choices[0].message.content or ""
    logger.info(
        "listing %s copy generated (%s tokens)", listing.pk, completion.usage.total_tokens if completion.usage else "?"
    )
    return scrub_copy(text)


async def generate_listing_description_async(listing: Listing, tone: str = "warm", max_words: int = 180) -> str:
    core = apps.get_app_config("core")
    completion = await core.async_openai.chat.completions.create(
        model=model_for("listing_copy"),
        messages=_copy_messages(listing, tone, max_words),
        temperature=0.7,
        max_tokens=max_words * 2,
    )
    return scrub_copy(completion.choices[0].message.content or "")


def suggest_title(listing: Listing) -> str:
    response = openai_client().responses.create(
        model=model_for("listing_title"),
        instructions="Return a single listing headline, max 70 characters, no emoji, no quotes.",
        input=ListingFacts(listing).render(),
        max_output_tokens=40,
    )
    return response.output_text.strip().strip('"')[:70]


def extract_features(listing: Listing) -> dict:
    """Structured extraction of amenities from the agent's free-text notes."""
    if not listing.agent_notes.strip():
        return {}
    completion = openai_client().beta.chat.completions.parse(
        model=model_for("listing_features"),
        messages=[
            {"role": "system", "content": "Extract amenities. If something isn't mentioned, answer false/0/null."},
            {"role": "user", "content": listing.agent_notes},
        ],
        response_format=ListingFeatures,
    )
    parsed = completion.choices[0].message.parsed
    return parsed.model_dump() if parsed else {}


def stream_description(listing: Listing, tone: str = "warm"):
    """Generator used by the SSE endpoint in the agent dashboard."""
    stream = openai_client().with_options(timeout=20.0).chat.completions.create(
        model=model_for("listing_copy"),
        messages=_copy_messages(listing, tone, 180),
        stream=True,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def translate_description(listing: Listing, target_language: str = "Spanish") -> str:
    if not listing.description:
        return ""
    response = get_genai_client().models.generate_content(
        model=model_for("translation"),
        contents=(
            f"Translate this real-estate listing into {target_language}. Keep numbers, addresses and "
            f"proper nouns unchanged.\n\n{listing.description}"
        ),
    )
    return (response.text or "").strip()


def market_commentary(listing: Listing, comps: list[dict]) -> str:
    """Short 'what's happening in this market' blurb shown under the price."""
    comp_lines = "\n".join(f"- {c['address']}: sold ${c['price']:,} on {c['sold_on']}" for c in comps[:8])
    chat = xai().chat.create(model=model_for("market_commentary"), temperature=0.3, max_tokens=220)
    chat.append(system("You are a cautious local market analyst. No predictions, no advice."))
    chat.append(user(f"Subject property:\n{ListingFacts(listing).render()}\n\nRecent comparable sales:\n{comp_lines}"))
    response = chat.sample()
    logger.debug("xai market note usage: %s", response.usage)
    return response.content.strip()


def apply_generated_copy(listing: Listing, text: str, *, save: bool = True) -> Listing:
    listing.description = text
    listing.description_generated_at = timezone.now()
    if save:
        listing.save(update_fields=["description", "description_generated_at", "updated_at"])
    return listing
