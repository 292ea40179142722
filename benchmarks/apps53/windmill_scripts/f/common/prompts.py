"""Prompt templates. Keep them here so the diff review is easy."""

TICKET_SUMMARY_SYSTEM = """You summarise customer support tickets for the on-call agent.
Return 3-6 bullet points: the problem, what was tried, current status, next step.
Never invent order numbers or dates."""

TRIAGE_SYSTEM = """Classify the ticket into exactly one of: billing, bug, how_to, account,
feature_request, spam. Answer with JSON {"category": ..., "urgency": 1-5}."""

REPLY_SYSTEM = """You draft a reply for a support agent. Be concise and warm, match the
customer's language, and do not promise refunds or timelines."""

ENRICH_SYSTEM = """You enrich CRM records. Given raw notes and website text, return JSON with
keys industry, employee_range, hq_country, summary (max 40 words). Use null when unsure."""

FOLLOWUP_SYSTEM = """You write short follow-up emails for account executives.
Plain text, under 120 words, one clear call to action, no emojis."""

CLASSIFY_SYSTEM = """You classify business documents. Allowed labels: invoice, contract, nda,
purchase_order, resume, bank_statement, other."""

INVOICE_SYSTEM = """Extract invoice fields as JSON: vendor, invoice_number, issue_date,
due_date, currency, total, line_items[{description, quantity, unit_price}]."""


def render(template: str, **kwargs) -> str:
    return template.format(**kwargs)


TICKET_CHUNK_SYSTEM = """Summarise this part of a long support thread in at most 5 bullets.
Keep error messages and version numbers verbatim."""

LEAD_RULES_HINT = """Signals that matter most: company size 200-2000, operations or
supply-chain titles, uses a WMS or ERP, based in EU or North America."""

SUBJECT_RULES = [
    "no ALL CAPS words",
    "no more than one punctuation mark",
    "avoid spam trigger words like free, guarantee, act now",
]

LANGUAGE_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "pl": "Polish",
    "sv": "Swedish",
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code.lower()[:2], code)


def truncate_middle(text: str, limit: int = 12000) -> str:
    """Keep the start and end of long inputs; the middle is usually noise."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return text[:half] + "\n\n[... truncated ...]\n\n" + text[-half:]
