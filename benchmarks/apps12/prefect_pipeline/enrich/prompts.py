"""Prompt templates. Keep them here so analytics can diff prompt changes."""
from __future__ import annotations

from enrich.models import Account, Ticket
from enrich.text import truncate

CLASSIFY_SYSTEM = (
    "You are a B2B data analyst. Classify the company into one industry from the "
    "provided taxonomy and one segment (smb, mid_market, enterprise). "
    'Answer with JSON: {"industry": str, "segment": str, "confidence": float, "rationale": str}.'
)

TICKET_SUMMARY_SYSTEM = (
    "Summarize the support ticket for an account manager in at most 4 sentences. "
    "Mention the product, the customer's goal, what is blocking them and any deadline."
)

TICKET_TITLE_SYSTEM = "Write a short, specific title (max 10 words) for this support ticket. No quotes."

ENTITY_SYSTEM = (
    "Extract product names, competitor names and people mentioned in the text. "
    'Return JSON {"products": [], "competitors": [], "people": [], "sentiment": '
    '"positive|neutral|negative"}.'
)

TRANSLATE_SYSTEM = (
    "Translate the customer review to English. Keep product names and numbers unchanged. "
    "Return only the translation."
)

REPLY_SYSTEM = (
    "You write short, polite replies to product reviews on behalf of ACME support. "
    "Do not promise refunds. Sign as 'The ACME team'."
)

ACCOUNT_BLURB_TEMPLATE = (
    "Write a two-sentence description of what {name} ({domain}) does, for a sales CRM. "
    "Source material:\n{description}"
)


def classify_user(account: Account, taxonomy: list) -> str:
    return (
        f"Taxonomy: {', '.join(taxonomy)}\n"
        f"Company: {account.name}\nDomain: {account.domain or 'unknown'}\n"
        f"Country: {account.country or 'unknown'}\n"
        f"Employees: {account.employee_count or 'unknown'}\n"
        f"Description: {truncate(account.description, 3000)}"
    )


def ticket_summary_user(ticket: Ticket) -> str:
    comments = "\n".join(f"- {c}" for c in ticket.comments[-10:])
    return (
        f"Subject: {ticket.subject}\nPriority: {ticket.priority}\n"
        f"Product: {ticket.product or 'n/a'}\n\n{truncate(ticket.body, 8000)}\n\n"
        f"Latest comments:\n{comments}"
    )


def account_blurb(account: Account) -> str:
    return ACCOUNT_BLURB_TEMPLATE.format(
        name=account.name,
        domain=account.domain or "no domain",
        description=truncate(account.description, 4000),
    )
