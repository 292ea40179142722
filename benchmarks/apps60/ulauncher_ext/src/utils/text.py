import re
import textwrap

_FENCE_RE = re.compile(r"^```[a-zA-Z0-9_-]*\n|\n?```$", re.MULTILINE)


def truncate(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def wrap_for_launcher(text: str, width: int = 80, max_lines: int = 6) -> str:
    lines = []
    for para in text.splitlines():
        lines.extend(textwrap.wrap(para, width=width) or [""])
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip() + " …"
    return "\n".join(lines)


def strip_code_fences(text: str) -> str:
    return _FENCE_RE.sub("", text).strip()


def split_language_prefix(query: str, default: str):
    """`tr de hello world` -> ("de", "hello world")."""
    parts = query.strip().split(maxsplit=1)
    if len(parts) == 2 and 2 <= len(parts[0]) <= 3 and parts[0].isalpha():
        return parts[0].lower(), parts[1]
    return default, query.strip()
