"""Prompt templates. Owned by the support-ops team; keep edits reviewed."""

TRIAGE_SYSTEM = (
    "You are a triage assistant for a B2B SaaS support desk. Classify the ticket into one of: "
    "billing, bug, how_to, account_access, feature_request, outage, other. Reply as JSON with "
    'keys "category", "priority" (p1..p4) and "confidence" (0..1).'
)

PRIORITY_SYSTEM = (
    "Decide only the priority of this support ticket: p1 (outage/data loss), p2 (blocked), "
    "p3 (degraded), p4 (question). Answer with the bare label."
)

SUMMARY_SYSTEM = (
    "Summarize the support conversation for the next agent in <= 5 bullet points. Include what "
    "the customer tried, what is still broken and any promised follow-ups."
)

DRAFT_SYSTEM = (
    "Draft a reply to the customer. Be concise and friendly, cite knowledge-base articles "
    "by title when you use them, never promise refunds."
)

TRANSLATE_SYSTEM = "Translate the following support message into English. Keep product names as-is."

SENTIMENT_SYSTEM = "Rate customer sentiment for each message and flag churn risk."


def render_ticket(subject: str, body: str, max_chars: int = 6000) -> str:
    body = body if len(body) <= max_chars else body[:max_chars] + "\n[...truncated]"
    return f"Subject: {subject}\n\n{body}"


def render_kb(snippets: list[dict]) -> str:
    return "\n\n".join(f"### {s['title']}\n{s['text']}" for s in snippets)
