"""Tag suggestions (Mistral) and a moderation pre-check before notes are
shared via the export dialog."""
from __future__ import annotations

import json
import logging
import re

from services import get_mistral_client, get_openai_client

log = logging.getLogger(__name__)

TAG_PROMPT = (
    "Suggest up to 5 short lowercase tags for the following note. "
    'Answer with JSON: {"tags": [...]}.\n\n'
)


def suggest_tags(text: str, existing: list[str] | None = None) -> list[str]:
    client = get_mistral_client()
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": TAG_PROMPT + text[:6000]}],
        response_format={"type": "json_object"},
        temperature=0.2,
    )
    try:
        tags = json.loads(res.choices[0].message.content).get("tags", [])
    except (json.JSONDecodeError, AttributeError):
        tags = re.findall(r"#?(\w[\w-]*)", res.choices[0].message.content or "")
    existing = set(existing or [])
    return [t.lower() for t in tags if t.lower() not in existing][:5]


def is_shareable(text: str) -> tuple[bool, list[str]]:
    result = get_openai_client().moderations.create(model="omni-moderation-latest", input=text)
    flagged = result.results[0]
    cats = [name for name, hit in flagged.categories.model_dump().items() if hit]
    return (not flagged.flagged, cats)
