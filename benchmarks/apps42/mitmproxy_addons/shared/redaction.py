"""Deterministic redaction helpers (no model involved)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

PATTERNS = {
    "bearer": re.compile(r"(?i)bearer\s+[a-z0-9._\-]{16,}"),
    "aws_key": re.compile(r"AKIA[0-9A-Z]{16}"),
    "openai_key": re.compile(r"sk-[A-Za-z0-9_\-]{20,}"),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    "card": re.compile(r"\b(?:\d[ -]*?){13,16}\b"),
}

MASK = "[REDACTED]"


@dataclass
class RedactionResult:
    text: str
    hits: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.hits)


class Redactor:
    def __init__(self, patterns: dict[str, re.Pattern] | None = None, extra_literals: list[str] | None = None):
        self.patterns = dict(patterns or PATTERNS)
        self.literals = [s for s in (extra_literals or []) if len(s) >= 4]

    @classmethod
    def create(cls, extra_literals: list[str] | None = None) -> "Redactor":
        return cls(PATTERNS, extra_literals)

    def redact(self, text: str) -> RedactionResult:
        hits: dict[str, int] = {}
        for name, pat in self.patterns.items():
            text, n = pat.subn(MASK, text)
            if n:
                hits[name] = n
        for lit in self.literals:
            if lit in text:
                hits["literal"] = hits.get("literal", 0) + text.count(lit)
                text = text.replace(lit, MASK)
        return RedactionResult(text, hits)
