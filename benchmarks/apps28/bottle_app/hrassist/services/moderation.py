"""Input screening for the free-text question box.

Employees sometimes paste very personal things; flagged messages are not
answered by the bot and get routed to a human HR partner instead.
"""

from __future__ import annotations

import logging
import re

from hrassist.clients import get_openai_client

log = logging.getLogger(__name__)

# cheap local checks first - no need to call out for these
_PII_PATTERNS = [
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # SSN
    re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b"),  # IBAN
]

SENSITIVE_CATEGORIES = ("self-harm", "self-harm/intent", "harassment/threatening", "violence")


class ScreenResult:
    def __init__(self, allowed: bool, reason: str = "", categories: list[str] | None = None):
        self.allowed = allowed
        self.reason = reason
        self.categories = categories or []

    def __bool__(self):
        return self.allowed


def contains_pii(text: str) -> bool:
    return any(p.search(text) for p in _PII_PATTERNS)


def screen(text: str) -> ScreenResult:
    if contains_pii(text):
        return ScreenResult(False, "pii")
    try:
        resp = get_openai_client().moderations.create(model="omni-moderation-latest", input=text)
    except Exception:
        log.warning("moderation unavailable, allowing message", exc_info=True)
        return ScreenResult(True, "moderation-unavailable")
    result = resp.results[0]
    hits = [name for name, flagged in result.categories.model_dump(by_alias=True).items() if flagged]
    sensitive = [c for c in hits if c in SENSITIVE_CATEGORIES]
    if sensitive:
        return ScreenResult(False, "sensitive", sensitive)
    return ScreenResult(True, categories=hits)
