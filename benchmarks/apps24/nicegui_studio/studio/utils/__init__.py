"""Small helpers shared by pages and services."""
from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return _WS.sub(" ", text).strip()


def slugify(text: str) -> str:
    text = normalise(text).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text)
    return text.strip("-")[:60]


def char_budget(text: str, limit: int) -> tuple[int, bool]:
    n = len(text)
    return n, n <= limit


def first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    return m.group(1) if m else text.strip()
