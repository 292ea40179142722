"""Parsing of model output."""
from __future__ import annotations

import json
import re
from typing import Any

from enrich.lib.prompts import CATEGORY_LABELS

_JSON_BLOCK = re.compile(r"\{.*\}", re.S)


def parse_label(text: str | None) -> str:
    if not text:
        return "other"
    cleaned = text.strip().lower().strip(".").replace(" ", "_")
    return cleaned if cleaned in CATEGORY_LABELS else "other"


def parse_json_object(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    m = _JSON_BLOCK.search(text)
    if not m:
        return {}
    try:
        return json.loads(m.group(0))
    except json.JSONDecodeError:
        return {}


def bedrock_text(converse_response: dict) -> str:
    blocks = converse_response.get("output", {}).get("message", {}).get("content", [])
    return "".join(b.get("text", "") for b in blocks)


def bedrock_usage(converse_response: dict) -> tuple[int, int]:
    usage = converse_response.get("usage", {})
    return usage.get("inputTokens", 0), usage.get("outputTokens", 0)
