"""PII redaction before text leaves our network. Pure regex; no model calls.

Order matters: card numbers before generic digit runs, emails before URLs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("CARD", re.compile(r"\b(?:\d[ -]?){13,19}\b")),
    ("EMAIL", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b")),
    ("PHONE", re.compile(r"(?<!\w)\+?\d[\d ()-]{7,}\d")),
    ("URL", re.compile(r"https?://\S+")),
]


@dataclass
class RedactionResult:
    text: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.counts)


def _luhn_ok(digits: str) -> bool:
    nums = [int(c) for c in digits if c.isdigit()]
    if len(nums) < 13:
        return False
    total = 0
    for i, n in enumerate(reversed(nums)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def redact(text: str, keep_urls: bool = False) -> RedactionResult:
    counts: dict[str, int] = {}
    out = text
    for label, pat in _PATTERNS:
        if label == "URL" and keep_urls:
            continue

        def _sub(m: re.Match[str], label: str = label) -> str:
            if label == "CARD" and not _luhn_ok(m.group(0)):
                return m.group(0)
            counts[label] = counts.get(label, 0) + 1
            return f"[{label}]"

        out = pat.sub(_sub, out)
    return RedactionResult(text=out, counts=counts)


def redact_text(text: str) -> str:
    return redact(text).text
