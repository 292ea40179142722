from __future__ import annotations

import re

_WS = re.compile(r"\s+")
_QUOTED = re.compile(r"^>.*$", re.MULTILINE)


def normalize(text: str) -> str:
    return _WS.sub(" ", text).strip()


def strip_quoted_reply(body: str) -> str:
    return _QUOTED.sub("", body).strip()


def truncate(text: str, max_chars: int = 4000) -> str:
    return text if len(text) <= max_chars else text[: max_chars - 3] + "..."


def chunk(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]
