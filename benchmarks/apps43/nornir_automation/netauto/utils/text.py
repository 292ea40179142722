"""Text helpers shared by runbooks and reports."""
from __future__ import annotations

import re

ANSI = re.compile(r"\x1b\[[0-9;]*m")
SECRET_LINES = re.compile(r"^(\s*(?:enable secret|username \S+ (?:secret|password)|snmp-server community)).*$", re.M)


def strip_ansi(text: str) -> str:
    return ANSI.sub("", text)


def redact(config: str) -> str:
    """Redact secrets before anything leaves the box (LLM prompts, Slack)."""
    return SECRET_LINES.sub(r"\1 <redacted>", config)


def truncate(text: str, limit: int = 4000) -> str:
    return text if len(text) <= limit else text[: limit - 20] + "\n...[truncated]"


def chunk(text: str, size: int = 6000) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]
