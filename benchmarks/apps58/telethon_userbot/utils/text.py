"""Text helpers shared by plugins."""
from __future__ import annotations

import re

TG_LIMIT = 4096

_MD_SPECIAL = re.compile(r"([_*\[\]()~`>#+\-=|{}.!])")


def chunk_text(text: str, size: int = TG_LIMIT - 96) -> list[str]:
    """Split on paragraph boundaries where possible."""
    if len(text) <= size:
        return [text]
    parts: list[str] = []
    buf = ""
    for para in text.split("\n"):
        if len(buf) + len(para) + 1 > size:
            if buf:
                parts.append(buf)
            while len(para) > size:
                parts.append(para[:size])
                para = para[size:]
            buf = para
        else:
            buf = f"{buf}\n{para}" if buf else para
    if buf:
        parts.append(buf)
    return parts


def chunk_by_chars(lines: list[str], budget: int) -> list[list[str]]:
    out: list[list[str]] = []
    cur: list[str] = []
    used = 0
    for line in lines:
        if used + len(line) > budget and cur:
            out.append(cur)
            cur, used = [], 0
        cur.append(line)
        used += len(line)
    if cur:
        out.append(cur)
    return out


def escape_md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def truncate(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_lang_prefix(text: str, default: str = "en") -> tuple[str, str]:
    """``.tr de: hello`` -> ("de", "hello")."""
    m = re.match(r"^([a-z]{2,3})[:\s]\s*(.+)$", text.strip(), re.S)
    if m:
        return m.group(1), m.group(2)
    return default, text
