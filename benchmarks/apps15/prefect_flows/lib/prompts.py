"""Prompt templates.

Keep prompts here (not inline in tasks) so that changes show up in one place in review.
Bump PROMPT_VERSION when you change anything; it is part of the task cache key.
"""
from __future__ import annotations

from string import Template
from typing import Iterable, List, Sequence

PROMPT_VERSION = "2024-11-18"

ATTRIBUTE_SYSTEM = (
    "You extract structured product attributes for a second-hand marketplace. "
    "Only use information present in the listing. If unsure, leave the field null. "
    "Set confidence between 0 and 1."
)

ATTRIBUTE_USER = Template(
    "Category: $category\n"
    "Missing attributes: $missing\n"
    "Title: $title\n"
    "Description:\n$description\n"
)

ALT_TEXT = (
    "Write one sentence of alt text (max 20 words) describing the item in this product photo "
    "for a visually impaired shopper. Do not mention the background or the photo itself."
)

SEO_TITLE = Template(
    "Rewrite this marketplace listing title so it is clear and searchable, max 70 characters, "
    "no emojis, no ALL CAPS, keep brand and model. Reply with the title only.\n\nTitle: $title\n"
    "Category: $category\nKey attributes: $attributes"
)

CATEGORY_GUESS = (
    "Classify the listing into exactly one of these categories: {categories}. "
    'Reply as JSON: {{"category": "...", "confidence": 0.0}}'
)

CATEGORY_BLURB = Template(
    "Write a 2-sentence intro for the '$category' category page of a second-hand marketplace. "
    "Mention these popular brands: $brands. Friendly, not salesy."
)

REVIEW_SUMMARY_SYSTEM = (
    "You summarise buyer reviews of a single marketplace listing. Be neutral and specific. "
    "Return JSON with keys summary (max 60 words), pros (max 3), cons (max 3)."
)

SELLER_SUMMARY = Template(
    "Here are summaries of reviews for items sold by one seller. Write a 2-sentence profile "
    "of what buyers say about this seller (shipping, packaging, accuracy of descriptions).\n\n$summaries"
)

PII_SCRUB = (
    "Rewrite the review replacing any personal data (names, emails, phone numbers, addresses, "
    "order numbers) with [redacted]. Change nothing else. Return only the rewritten review."
)

TRANSLATE_SYSTEM = Template(
    "You are a professional e-commerce translator. Translate from $src to $tgt. Keep brand names, "
    "model numbers and sizes unchanged. Use the glossary when a term appears:\n$glossary\n"
    "Reply with the translation only."
)

DETECT_LANGUAGE = (
    "What language is this text written in? Answer with the ISO 639-1 code only.\n\nText: {text}"
)

RELEVANCE_JUDGE = Template(
    "Query: $query\n\nRate how relevant each result is to the query on a 0-3 scale "
    "(0 = irrelevant, 3 = exactly what the shopper wants).\n$results\n\n"
    'Reply as JSON: {"scores": [..]} in the same order.'
)


def format_reviews(bodies: Sequence[str], max_reviews: int = 40) -> str:
    return "\n".join(f"- {body}" for body in bodies[:max_reviews])


def format_glossary(pairs: Iterable[tuple]) -> str:
    lines: List[str] = [f"{src} => {tgt}" for src, tgt in pairs]
    return "\n".join(lines) if lines else "(none)"


def format_results(titles: Sequence[str]) -> str:
    return "\n".join(f"{i}. {t}" for i, t in enumerate(titles, start=1))
