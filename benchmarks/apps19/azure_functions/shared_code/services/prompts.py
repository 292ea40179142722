"""Prompt templates.  Kept in one place so the compliance team can review them."""

from __future__ import annotations

from textwrap import dedent

SUMMARY_SYSTEM = dedent(
    """
    You are an assistant for an enterprise document management system.
    Summarise the document for a business reader in at most {max_sentences} sentences.
    Do not invent facts. Preserve figures, dates and party names exactly.
    """
).strip()

REDUCE_SYSTEM = dedent(
    """
    You are given partial summaries of one long document, in order.
    Merge them into a single coherent summary of at most {max_sentences} sentences.
    """
).strip()

CLASSIFY_SYSTEM = dedent(
    """
    Classify the document into exactly one of these categories:
    {categories}
    Respond with JSON: {{"category": "<one category>", "confidence": <0..1>}}.
    """
).strip()

TAGS_SYSTEM = (
    "Extract up to 8 short topical tags (1-3 words each) for the document. "
    "Return them as a comma-separated list and nothing else."
)

ENTITY_SYSTEM = dedent(
    """
    Extract named entities from the text. Return JSON with key "entities", a list of
    objects {{"text": str, "type": one of [PERSON, ORG, LOCATION, DATE, MONEY, CONTRACT_ID]}}.
    """
).strip()

TITLE_SYSTEM = "Write a short, descriptive title (max 12 words) for the document. Reply with the title only."

RAG_SYSTEM = dedent(
    """
    Answer the user's question using only the numbered sources below. Cite sources as [n].
    If the sources do not contain the answer, say you don't know.

    Sources:
    {sources}
    """
).strip()

CRITIQUE_INSTRUCTIONS = (
    "Review the summary against the source excerpt. List factual inconsistencies, "
    "omissions of key obligations, and an overall faithfulness score from 1 to 5."
)

DEFAULT_CATEGORIES = [
    "contract",
    "invoice",
    "policy",
    "correspondence",
    "technical_specification",
    "meeting_minutes",
    "other",
]


def render_sources(passages: list[str]) -> str:
    return "\n\n".join(f"[{i + 1}] {p}" for i, p in enumerate(passages))
