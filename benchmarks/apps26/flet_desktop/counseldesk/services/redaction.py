"""PII redaction before anything is shared outside the matter team."""
from __future__ import annotations

import re
from dataclasses import dataclass

from counseldesk.services.clients import get_openai_client

PATTERNS = {
    "ssn": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"),
    "phone": re.compile(r"\b(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}\b"),
    "iban": re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b"),
}


@dataclass
class RedactionReport:
    text: str
    counts: dict[str, int]
    flagged: bool = False
    categories: tuple[str, ...] = ()


def redact(text: str) -> RedactionReport:
    counts: dict[str, int] = {}
    for name, pattern in PATTERNS.items():
        text, n = pattern.subn(f"[{name.upper()} REDACTED]", text)
        if n:
            counts[name] = n
    return RedactionReport(text=text, counts=counts)


def screen_outgoing(text: str) -> RedactionReport:
    """Regex redaction plus a moderation pass (harassment/threat language in client emails)."""
    report = redact(text)
    result = get_openai_client().moderations.create(model="omni-moderation-latest", input=report.text)
    first = result.results[0]
    if first.flagged:
        report.flagged = True
        report.categories = tuple(k for k, v in first.categories.model_dump().items() if v)
    return report
