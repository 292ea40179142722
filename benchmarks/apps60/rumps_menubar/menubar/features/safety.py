"""Don't send obviously sensitive clipboard content (passwords, keys) to a
cloud model, and run OpenAI moderation on drafts before pasting them."""
from __future__ import annotations

import re

from menubar.services.registry import services

SECRET_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_-]{20,}"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b"),
]


def looks_secret(text: str) -> bool:
    return any(p.search(text) for p in SECRET_PATTERNS)


def is_flagged(text: str) -> bool:
    result = services().openai.moderations.create(
        model="omni-moderation-latest",
        input=text,
    )
    return any(r.flagged for r in result.results)


def check_outgoing(text: str) -> str | None:
    """Returns a reason string if the text should not be sent/pasted."""
    if looks_secret(text):
        return "Clipboard looks like it contains a secret"
    if len(text) > 50 and is_flagged(text):
        return "Draft was flagged by moderation"
    return None
