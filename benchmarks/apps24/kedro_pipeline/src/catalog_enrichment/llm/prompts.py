"""Prompt templates. Keep them here so the prompt-review PRs are easy to find."""
from __future__ import annotations

from string import Template

ATTRIBUTE_SYSTEM = (
    "You are a product data specialist for a fashion and home retailer. "
    "Extract attributes from the supplier text. Answer with a single JSON object only."
)

ATTRIBUTE_USER = Template(
    "Title: $title\n"
    "Brand: $brand\n"
    "Supplier description:\n$description\n\n"
    "Return keys: colour, material, pattern, size_system, gender, care_instructions. "
    "Use null when unknown."
)

DESCRIPTION_SYSTEM = (
    "You write product detail page copy in British English. Be concrete, no superlatives, "
    "no claims about sustainability unless present in the source. 80-120 words."
)

DESCRIPTION_USER = Template(
    "Product: $title ($brand)\nCategory: $category\nAttributes: $attributes\n"
    "Write the description."
)

TRANSLATION_SYSTEM = Template(
    "Translate the product description into $locale. Keep brand names and sizes unchanged. "
    "Return only the translation."
)

TAXONOMY_PROMPT = Template(
    "Pick the best category for the product from the candidates.\n"
    "Product: $title\n$description\n\nCandidates:\n$candidates\n\n"
    "Reply with the category id only."
)

CAPTION_PROMPT = (
    "Describe this product photo for alt text in one sentence (max 20 words). "
    "Mention colour and the product type; do not mention the background."
)

JUDGE_PROMPT = Template(
    "Rate the following product description from 1 to 5 for accuracy against the attributes "
    "and for tone. Return JSON {\"accuracy\": n, \"tone\": n, \"comment\": str}.\n\n"
    "Attributes: $attributes\nDescription: $description"
)

REVIEW_SUMMARY_PROMPT = Template(
    "Summarise these customer reviews in two sentences for a merchandiser:\n$reviews"
)


def render(template: Template, **values: object) -> str:
    return template.safe_substitute({k: "" if v is None else str(v) for k, v in values.items()})
