"""Deterministic backend for offline builds and PR previews (no network)."""
from __future__ import annotations

import re
import textwrap

from doctools.providers import register_backend


class OfflineGenerator:
    """Builds a placeholder overview from the first sentences of the docstrings."""

    def __init__(self, width: int = 88, max_items: int = 6) -> None:
        self.width = width
        self.max_items = max_items

    @classmethod
    def create(cls, **options) -> "OfflineGenerator":
        return cls(**options)

    def generate(self, prompt: str, max_tokens: int = 0) -> str:
        lines = [ln.strip() for ln in prompt.splitlines() if ln.strip().startswith("- ")]
        items = []
        for line in lines[: self.max_items]:
            first = re.split(r"(?<=[.!?])\s", line[2:], maxsplit=1)[0]
            items.append(textwrap.shorten(first, self.width))
        body = "\n".join(f"* {item}" for item in items)
        return ".. note:: Generated offline; run the docs build with a backend for a real overview.\n\n" + body


_offline = OfflineGenerator.create(width=100)


@register_backend("offline")
def offline_generate(system: str, prompt: str, max_tokens: int = 700) -> str:
    return _offline.generate(prompt, max_tokens=max_tokens)
