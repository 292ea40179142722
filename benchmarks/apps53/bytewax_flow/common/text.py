from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")
_QUOTED = re.compile(r"^>.*$", re.MULTILINE)
_SIGNATURE = re.compile(r"\n--\s*\n.*", re.DOTALL)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _QUOTED.sub("", text)
    text = _SIGNATURE.sub("", text)
    return _WS.sub(" ", text).strip()


def fingerprint(text: str) -> str:
    return hashlib.sha1(normalise(text).lower().encode()).hexdigest()


def chunk(text: str, max_chars: int = 2000, overlap: int = 200) -> list[str]:
    if len(text) <= max_chars:
        return [text]
    out, start = [], 0
    while start < len(text):
        out.append(text[start : start + max_chars])
        start += max_chars - overlap
    return out


def truncate(text: str, limit: int = 6000) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
