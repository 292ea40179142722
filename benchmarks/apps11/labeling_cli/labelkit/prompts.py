"""Prompt rendering and label parsing shared by every adapter."""
from __future__ import annotations

import json
import re
import string
from typing import Dict, List, Optional, Sequence

from labelkit.errors import ParseError

DEFAULT_SYSTEM = (
    "You are a careful data annotator. Answer only with the label(s) requested, "
    "exactly as written in the list of allowed labels."
)

_JSON_BLOCK = re.compile(r"\{.*\}", re.DOTALL)


class _SafeDict(dict):
    def __missing__(self, key):  # leave unknown placeholders untouched
        return "{" + key + "}"


def render(template: str, text: str, labels: Sequence[str], extra: Optional[Dict] = None) -> str:
    values = _SafeDict(text=text, labels=", ".join(labels), label_list="\n".join(f"- {x}" for x in labels))
    if extra:
        values.update(extra)
    return string.Formatter().vformat(template, (), values)


def build_messages(spec, text: str, extra: Optional[Dict] = None) -> List[Dict[str, str]]:
    """OpenAI-style message list; the Bedrock adapter converts it to Converse blocks."""
    return [
        {"role": "system", "content": spec.system_prompt or DEFAULT_SYSTEM},
        {"role": "user", "content": render(spec.prompt_template, text, spec.labels, extra)},
    ]


def build_prompt(spec, text: str) -> str:
    """Single-string prompt for completion-style models (watsonx generate, Replicate, base models)."""
    system = spec.system_prompt or DEFAULT_SYSTEM
    return f"{system}\n\n{render(spec.prompt_template, text, spec.labels)}\n\nLabel:"


def parse_label(raw: str, allowed: Sequence[str], multi: bool = False):
    cleaned = raw.strip()
    match = _JSON_BLOCK.search(cleaned)
    if match:
        try:
            payload = json.loads(match.group(0))
            value = payload.get("labels" if multi else "label")
            if value is not None:
                cleaned = ",".join(value) if isinstance(value, list) else str(value)
        except (json.JSONDecodeError, AttributeError):
            pass

    lookup = {a.lower(): a for a in allowed}
    if multi:
        found = [lookup[p.strip().lower()] for p in re.split(r"[,\n;]", cleaned) if p.strip().lower() in lookup]
        if not found:
            raise ParseError(raw, allowed)
        return sorted(set(found))

    first = cleaned.splitlines()[0].strip().strip(".").strip('"').lower() if cleaned else ""
    if first in lookup:
        return lookup[first]
    # fall back to "first allowed label mentioned"
    positions = [(cleaned.lower().find(k), v) for k, v in lookup.items() if k in cleaned.lower()]
    if positions:
        return min(positions)[1]
    raise ParseError(raw, allowed)
