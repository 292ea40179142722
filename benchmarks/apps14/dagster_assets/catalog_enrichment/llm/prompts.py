"""Prompt templates and token budgeting.

Templates are plain format strings on purpose: the analysts who tune them don't
want to learn Jinja.
"""
from functools import lru_cache
from typing import Iterable

import tiktoken

CLASSIFICATION_SYSTEM = """You are a merchandising assistant for an online home & garden retailer.
Assign each product to exactly one leaf of the taxonomy below. Answer with JSON:
{{"sku": "...", "taxonomy_path": ["...", "..."], "confidence": 0.0-1.0}}

Taxonomy:
{taxonomy}
"""

ATTRIBUTES_SYSTEM = (
    "Extract structured attributes from the product listing. Only use information that is "
    "explicitly present; leave fields empty otherwise."
)

SUPPORT_SUMMARY_SYSTEM = """Summarize the customer support conversation for a CX team lead.
- 3 to 5 bullet points, plain text
- name the product (SKU if present) and the customer's main problem
- say whether the issue was resolved and what the agent promised
Do not include personal data (names, emails, phone numbers, addresses)."""

TRIAGE_SYSTEM = """Classify the support ticket. Return JSON with keys:
intent (one of: {intents}), urgency (low|normal|high|critical), product_skus (list), needs_human (bool)."""

TRIAGE_INTENTS = (
    "order_status",
    "return_request",
    "damaged_item",
    "product_question",
    "billing",
    "delivery_complaint",
    "other",
)

TRANSLATION_SYSTEM = """Translate the product copy from English to {locale}.
Keep brand names, SKUs, measurements and HTML tags unchanged. Use the informal register
customary for e-commerce in {locale}. Return only the translation."""

REVIEW_THEMES_PROMPT = """Below are customer reviews for one product. List the recurring themes
(positive and negative) as JSON: {{"positives": [...], "negatives": [...], "summary": "..."}}.

Reviews:
{reviews}
"""

SYNTHETIC_QUERY_PROMPT = """Write {n} realistic search queries a shopper could type that
should return this product first. One query per line, no numbering.

{product}"""

DIGEST_PROMPT = """Write a short weekly digest (max 200 words) for the CX leadership channel
from these aggregated support metrics and top themes:

{metrics}
"""


@lru_cache(maxsize=4)
def _encoding(name: str = "o200k_base") -> tiktoken.Encoding:
    return tiktoken.get_encoding(name)


def count_tokens(text: str, encoding: str = "o200k_base") -> int:
    return len(_encoding(encoding).encode(text))


def truncate_to_tokens(text: str, max_tokens: int, encoding: str = "o200k_base") -> str:
    enc = _encoding(encoding)
    tokens = enc.encode(text)
    if len(tokens) <= max_tokens:
        return text
    return enc.decode(tokens[:max_tokens])


def taxonomy_block(paths: Iterable[str]) -> str:
    return "\n".join(f"- {p}" for p in sorted(paths))
