"""Small helpers that don't fit anywhere else."""
from __future__ import annotations

import hashlib
import re

from django.utils.text import slugify

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)


def strip_code_fences(text: str) -> str:
    return _FENCE.sub("", text or "").strip()


def cache_key(*parts) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]
    return f"netbox_ai_assist:{digest}"


class SlugGenerator:
    """Not an LLM thing: makes unique slugs for generated prompt templates."""

    def __init__(self, existing: set[str] | None = None):
        self.existing = existing or set()

    def generate(self, name: str) -> str:
        base = slugify(name)[:90] or "template"
        slug, n = base, 2
        while slug in self.existing:
            slug, n = f"{base}-{n}", n + 1
        self.existing.add(slug)
        return slug


def chunk(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
