"""Prompt templates. Keep these boring and explicit -- marketing edits them."""
from __future__ import annotations

from string import Template

BRAND_VOICE_SYSTEM = (
    "You are the in-house copywriter for {brand}. Voice: {voice}. "
    "Never invent product claims, prices or discounts. Prefer short sentences."
)

REWRITE_TEMPLATE = Template(
    "Rewrite the following copy for the channel '$channel' in the brand voice.\n"
    "Constraints: $constraints\n\n---\n$copy\n---"
)

HEADLINE_TEMPLATE = Template(
    "Write $n distinct headlines (max $max_chars characters each) for: $brief\n"
    "Return one headline per line, no numbering."
)

TRANSLATE_TEMPLATE = Template(
    "Translate the marketing copy below into $language. Keep brand names, "
    "keep the tone ($tone), adapt idioms rather than translating literally.\n\n$copy"
)

SEO_TEMPLATE = Template(
    "Given the landing page copy below, return JSON with keys 'title', "
    "'meta_description', 'keywords' (list of 8).\n\n$copy"
)

IMAGE_TEMPLATE = Template("$subject, $style, marketing key visual, clean background, no text")

TREND_SYSTEM = (
    "You summarise what people are currently saying online about a topic, "
    "for a marketing team. Be concrete, cite recurring phrases, no speculation."
)

CHANNEL_LIMITS = {
    "twitter": 280,
    "linkedin": 3000,
    "instagram": 2200,
    "email_subject": 60,
    "google_ads_headline": 30,
    "google_ads_description": 90,
}


def brand_system(brand: str, voice: str) -> str:
    return BRAND_VOICE_SYSTEM.format(brand=brand, voice=voice)


def rewrite_prompt(copy: str, channel: str, constraints: list[str] | None = None) -> str:
    limit = CHANNEL_LIMITS.get(channel)
    items = list(constraints or [])
    if limit:
        items.append(f"max {limit} characters")
    return REWRITE_TEMPLATE.substitute(channel=channel, constraints="; ".join(items) or "none", copy=copy)
