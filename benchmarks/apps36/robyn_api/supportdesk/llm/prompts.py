"""Prompt templates. Keep these free of provider specifics."""

from __future__ import annotations

from supportdesk.schemas import Category, Priority, Ticket

TRIAGE_SYSTEM = (
    "You are a support triage assistant. Classify the ticket and return JSON with "
    "keys: category (one of {categories}), priority (one of {priorities}), "
    "summary (one sentence), confidence (0-1)."
).format(
    categories=", ".join(c.value for c in Category),
    priorities=", ".join(p.value for p in Priority),
)

DRAFT_SYSTEM = (
    "You write replies to customer support tickets on behalf of the Acme support team. "
    "Be concise, friendly and accurate. Only use facts from the provided knowledge base "
    "excerpts. If you are unsure, say that a specialist will follow up."
)

SENTIMENT_SYSTEM = (
    "Rate the customer's sentiment from -1 (furious) to 1 (delighted). "
    "Answer with only the number."
)

SUMMARY_SYSTEM = "Summarise the following support conversation in three bullet points."


def ticket_block(ticket: Ticket) -> str:
    return f"Subject: {ticket.subject}\nFrom: {ticket.customer_email}\n\n{ticket.body}"


def kb_context_block(snippets: list[tuple[str, str]]) -> str:
    parts = []
    for idx, (title, body) in enumerate(snippets, start=1):
        parts.append(f"[{idx}] {title}\n{body.strip()}")
    return "\n\n".join(parts)


def draft_user_prompt(ticket: Ticket, snippets: list[tuple[str, str]], tone: str = "neutral") -> str:
    return (
        f"Tone: {tone}\n\nKnowledge base:\n{kb_context_block(snippets)}\n\n"
        f"Ticket:\n{ticket_block(ticket)}\n\nWrite the reply."
    )
