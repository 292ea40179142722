"""Text helpers for prompts and reports."""
from __future__ import annotations

import re
from typing import Iterable, Iterator

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_SECRET = re.compile(r"(?i)(api[_-]?key|token|password|secret)\s*[=:]\s*\S+")


def strip_ansi(s: str) -> str:
    return _ANSI.sub("", s)


def redact(s: str) -> str:
    return _SECRET.sub(lambda m: f"{m.group(1)}=***", s)


def truncate(s: str, limit: int = 4000, marker: str = "\n...[truncated]") -> str:
    return s if len(s) <= limit else s[: limit - len(marker)] + marker


def chunked(items: Iterable, size: int) -> Iterator[list]:
    buf: list = []
    for it in items:
        buf.append(it)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def bullet_list(lines: Iterable[str]) -> str:
    return "\n".join(f"• {l}" for l in lines)
