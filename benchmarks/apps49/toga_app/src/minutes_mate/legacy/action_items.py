"""Prototype action-item extractor with JSON mode. Kept for the CSV export."""
from __future__ import annotations

import json
import os

from openai import OpenAI

from minutes_mate.models.notes import ActionItem

_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))


def extract(meeting_id: int, transcript: str) -> list[ActionItem]:
    resp = _client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": 'Return {"items": ["Owner: task", ...]}'},
            {"role": "user", "content": transcript},
        ],
    )
    data = json.loads(resp.choices[0].message.content or "{}")
    return [ActionItem.from_line(meeting_id, line) for line in data.get("items", [])]


def extract_structured(meeting_id: int, transcript: str) -> list[ActionItem]:
    from pydantic import BaseModel

    class Items(BaseModel):
        items: list[str]

    parsed = _client.beta.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[{"role": "user", "content": "Action items:\n" + transcript}],
        response_format=Items,
    )
    return [ActionItem.from_line(meeting_id, s) for s in parsed.choices[0].message.parsed.items]
