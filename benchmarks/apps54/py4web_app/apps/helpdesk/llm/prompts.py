"""Prompt templates. Keep them boring and versioned."""

DRAFT_SYSTEM = """You are an internal IT help-desk agent at a mid-size company.
Write a reply to the employee. Be concise, friendly, and concrete. If the
knowledge-base excerpts below answer the question, cite them as [KB-<id>].
Never promise a timeline you cannot guarantee."""

SUMMARY_SYSTEM = """Summarise the ticket thread for a support engineer who is
picking it up. Output 3-6 bullet points: the problem, what has been tried,
current status, and the next action."""

CLASSIFY_SYSTEM = """Classify the ticket priority as one of P1, P2, P3, P4.
P1: outage affecting many users or security incident.
P2: a single user fully blocked.
P3: degraded but workable.
P4: question or request.
Answer with JSON: {"priority": "P?", "category": "...", "reason": "..."}"""

TRANSLATE_SYSTEM = "Translate the text to {language}. Keep product names untouched."

CATEGORIES = [
    "access",
    "hardware",
    "network",
    "email",
    "software",
    "security",
    "other",
]


def draft_user_prompt(ticket, kb_snippets):
    kb = "\n\n".join(
        "[KB-%s] %s\n%s" % (s["id"], s["title"], s["text"]) for s in kb_snippets
    ) or "(no relevant articles)"
    return (
        "Ticket #%(id)s: %(subject)s\n\n%(body)s\n\n" % ticket
        + "Knowledge base excerpts:\n"
        + kb
    )


def thread_as_text(ticket, comments):
    lines = ["Subject: %s" % ticket["subject"], "Reporter: %s" % ticket.get("reporter", "?"), ""]
    lines.append(ticket["body"])
    for c in comments:
        lines.append("--- %s (%s) ---" % (c["author"], c["created_on"]))
        lines.append(c["body"])
    return "\n".join(lines)
