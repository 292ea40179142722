"""Prompt templates shared by the enrichment steps."""
from __future__ import annotations

import textwrap

TICKET_LABELS = (
    "billing",
    "bug",
    "feature_request",
    "account_access",
    "how_to",
    "outage",
    "other",
)

CLASSIFY_SYSTEM = textwrap.dedent(
    f"""
    You are a support triage assistant. Classify the ticket into exactly one of:
    {", ".join(TICKET_LABELS)}.
    Respond with JSON: {{"label": str, "confidence": float, "reason": str}}.
    """
).strip()

SUMMARY_SYSTEM = (
    "Summarise the support conversation in at most three sentences. "
    "Mention the product area and whether the customer is blocked."
)

CONTRACT_EXTRACTION_SYSTEM = textwrap.dedent(
    """
    You extract structured fields from commercial contracts. Only use facts that
    appear in the text. Use null for anything that is not stated.
    """
).strip()

SENTIMENT_PROMPT = textwrap.dedent(
    """
    Classify the sentiment of the customer comment as positive, neutral or negative.
    Answer with one word.

    Comment: {comment}
    Sentiment:
    """
).strip()

CONTRACT_TOOL = {
    "name": "record_contract_fields",
    "description": "Record the fields extracted from the contract.",
    "input_schema": {
        "type": "object",
        "properties": {
            "counterparty": {"type": ["string", "null"]},
            "effective_date": {"type": ["string", "null"]},
            "renewal_date": {"type": ["string", "null"]},
            "annual_value_usd": {"type": ["number", "null"]},
            "auto_renews": {"type": ["boolean", "null"]},
            "governing_law": {"type": ["string", "null"]},
        },
        "required": ["counterparty"],
    },
}


def render_ticket(ticket: dict, max_chars: int = 6000) -> str:
    subject = ticket.get("subject") or "(no subject)"
    body = (ticket.get("description") or "")[:max_chars]
    tags = ", ".join(ticket.get("tags") or [])
    return f"Subject: {subject}\nTags: {tags}\n\n{body}"


def render_comments(comments: list[dict], max_chars: int = 8000) -> str:
    lines = []
    for c in comments:
        who = "agent" if c.get("author_role") == "agent" else "customer"
        lines.append(f"[{who}] {c.get('plain_body', '').strip()}")
    return "\n".join(lines)[-max_chars:]
