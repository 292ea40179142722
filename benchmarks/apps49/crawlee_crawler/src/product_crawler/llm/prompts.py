"""Prompt templates. Keep them here so product/marketing can review wording in one place."""

from __future__ import annotations

from textwrap import dedent

CATEGORIES = [
    "electronics",
    "home_and_kitchen",
    "apparel",
    "beauty",
    "sports_outdoors",
    "toys_games",
    "grocery",
    "automotive",
    "books_media",
    "other",
]

SUMMARY_SYSTEM = dedent(
    """
    You write short, factual product summaries for an internal catalogue.
    Never invent specifications. If the page does not state something, leave it out.
    Answer in at most 3 sentences.
    """
).strip()

CLASSIFY_SYSTEM = dedent(
    f"""
    You classify retail products into exactly one of these categories:
    {", ".join(CATEGORIES)}.
    Reply with the category id only, lowercase, nothing else.
    """
).strip()

EXTRACT_SYSTEM = (
    "Extract the product's structured attributes from the page text. "
    "Use null for anything not present. Prices are numbers without currency symbols."
)

MAX_PAGE_CHARS = 12_000


def truncate(text: str, limit: int = MAX_PAGE_CHARS) -> str:
    if len(text) <= limit:
        return text
    head = text[: int(limit * 0.8)]
    tail = text[-int(limit * 0.2) :]
    return f"{head}\n[...]\n{tail}"


def build_summary_prompt(title: str, body: str) -> str:
    return f"Product: {title}\n\nPage text:\n{truncate(body)}\n\nWrite the summary."


def build_classification_prompt(title: str, breadcrumbs: list[str], description: str) -> str:
    crumbs = " > ".join(breadcrumbs) if breadcrumbs else "(none)"
    return (
        f"Title: {title}\n"
        f"Breadcrumbs: {crumbs}\n"
        f"Description: {truncate(description, 3000)}\n\n"
        "Category:"
    )


def build_extraction_messages(url: str, text: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": EXTRACT_SYSTEM},
        {"role": "user", "content": f"URL: {url}\n\n{truncate(text)}"},
    ]


def normalise_category(raw: str) -> str:
    value = raw.strip().lower().replace(" ", "_").strip(".")
    return value if value in CATEGORIES else "other"
