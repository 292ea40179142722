"""Prompt templates. Keep these boring and versioned."""
from string import Template

PROMPT_VERSION = "2024-11-03"

SUMMARY_SYSTEM = (
    "You are an assistant for an internal knowledge portal. Summarise the "
    "record for a busy support engineer. Use at most five bullet points and "
    "never invent facts that are not in the record."
)

SUMMARY_USER = Template(
    "Title: $title\n"
    "Category: $category\n"
    "Last updated: $updated\n\n"
    "$body"
)

DRAFT_SYSTEM = (
    "You draft replies to customer tickets on behalf of the support team. "
    "Be concise, friendly and specific. Cite knowledge base articles by their "
    "id in square brackets when you use them. Sign off as '$agent'."
)

CLASSIFY_SYSTEM = (
    "Classify the support ticket into exactly one of these categories: "
    "{labels}. Reply with the category name only."
)

TAG_PROMPT = (
    "Suggest up to six short lowercase tags for this knowledge base article. "
    "Return a JSON list of strings.\n\n{text}"
)

TICKET_LABELS = [
    "billing",
    "access",
    "bug",
    "feature_request",
    "how_to",
    "outage",
    "other",
]


def render_summary(record):
    return SUMMARY_USER.substitute(
        title=record.title,
        category=getattr(record.category, "name", "uncategorised"),
        updated=record.changed_on.isoformat() if record.changed_on else "unknown",
        body=record.body or "",
    )


def render_draft_system(agent_name):
    return Template(DRAFT_SYSTEM).safe_substitute(agent=agent_name)


def render_classify_system(labels=None):
    return CLASSIFY_SYSTEM.format(labels=", ".join(labels or TICKET_LABELS))


def truncate(text, limit):
    if text is None:
        return ""
    if len(text) <= limit:
        return text
    head = text[: int(limit * 0.7)]
    tail = text[-int(limit * 0.25):]
    return head + "\n\n[... truncated ...]\n\n" + tail
