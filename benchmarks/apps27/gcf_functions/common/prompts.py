"""Prompt templates. Brand voice lives in BRAND_VOICE; keep it short."""
from __future__ import annotations

from string import Template

BRAND_VOICE = (
    "You write for Wanderly, a mid-market travel company. Warm, concrete, no clichés "
    "('hidden gem', 'nestled', 'breathtaking' are banned). British spelling. Never invent "
    "amenities that are not in the facts provided."
)

LISTING_DESCRIPTION = Template(
    """Write a $length-word description for this property.

Name: $name
Location: $location
Facts:
$facts

Return only the description text."""
)

REVIEW_SUMMARY = Template(
    """Summarise these guest reviews for $name in 3 bullet points (pros, cons, who it suits).
Quote nothing verbatim. Reviews:
$reviews"""
)

SENTIMENT_JSON = (
    "Classify the overall sentiment of the reviews as JSON: "
    '{"sentiment": "positive|mixed|negative", "score": 0-1, "flags": [..]}. '
    "Flags: safety, cleanliness, noise, misleading_listing."
)

TRANSLATE = Template(
    """Translate the following travel copy from $source to $target.
Keep proper nouns and place names. Use this glossary strictly:
$glossary

Text:
$text"""
)

ALT_TEXT = (
    "Write alt text (max 125 characters) for this travel photo for screen reader users. "
    "Describe what is visible; no 'image of'."
)

SEO_META = Template(
    """Produce SEO metadata for a travel landing page about $topic ($locale).
Existing copy:
$copy"""
)

ITINERARY = Template(
    """Plan a $days-day itinerary in $destination for $travellers.
Interests: $interests. Budget: $budget.
Return JSON: {"days": [{"day": 1, "morning": "...", "afternoon": "...", "evening": "..."}]}"""
)

FAQ_SYSTEM = (
    BRAND_VOICE
    + " You answer customer questions about bookings using only the policy excerpts given. "
    "If the answer is not in the excerpts, say you will pass the question to the team."
)


def format_facts(facts: dict) -> str:
    return "\n".join(f"- {k.replace('_', ' ')}: {v}" for k, v in sorted(facts.items()) if v)
