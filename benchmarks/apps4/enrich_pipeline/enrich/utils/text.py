"""String helpers: cleaning, truncation, rough token estimates, shell completion."""
from __future__ import annotations

import html
import re
import unicodedata
from typing import Iterable, List

_WS = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]+>")


def clean(text: object) -> str:
    if text is None:
        return ""
    value = html.unescape(str(text))
    value = _TAGS.sub(" ", value)
    value = unicodedata.normalize("NFKC", value)
    return _WS.sub(" ", value).strip()


def approx_tokens(text: str) -> int:
    """Cheap estimate (~4 chars per token) used for batching decisions only."""
    return max(1, len(text) // 4)


def truncate_tokens(text: str, limit: int) -> str:
    if approx_tokens(text) <= limit:
        return text
    return text[: limit * 4].rsplit(" ", 1)[0] + " …"


def completion(prefix: str, vocabulary: Iterable[str]) -> List[str]:
    """Return vocabulary entries that start with ``prefix`` (for shell tab completion)."""
    prefix = prefix.lower()
    return sorted(v for v in vocabulary if v.lower().startswith(prefix))


def strip_code_fence(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        if text.endswith("```"):
            text = text[:-3]
    return text.strip()
