import re

HELPDESK_SYSTEM = (
    "You are Contoso's IT help desk assistant in Microsoft Teams. Be concise and practical. "
    "Give numbered steps. If the user needs a password reset, hardware replacement or admin rights, "
    "tell them you will open a ticket. Never ask for passwords."
)

TRIAGE_SYSTEM = (
    "You triage IT requests posted in the #it-help Teams channel. Reply with a one-line diagnosis and "
    "whether it looks like a known outage."
)

KB_ANSWER_SYSTEM = (
    "Answer using only the knowledge base extracts below. Cite article titles in brackets. "
    "If the extracts do not answer the question, say so."
)

DIGEST_SYSTEM = "Write a short friendly digest of today's IT notices for employees. Use bullet points."


def kb_context(chunks) -> str:
    return "\n\n".join(f"[{c.title}]({c.url})\n{c.text}" for c in chunks)


# --- text helpers (moved from helpers/text.py) ---

_MENTION = re.compile(r"<at>.*?</at>")


def strip_mentions(text: str) -> str:
    return _MENTION.sub("", text or "").strip()


def truncate(text: str, limit: int = 3500) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_command(text: str) -> bool:
    return text.startswith("/")
