"""Legacy tagger from the celery days (2023). Still imported by scripts/retag_tables.py.

TODO(DE-290): delete once retag moves to the Kafka pipeline.
"""
from __future__ import annotations

import json
import os

import anthropic
import openai

openai_client = openai.OpenAI(api_key=os.getenv("OPENAI_API_KEY"))
claude = anthropic.Anthropic()

TAGS = ["pii", "financial", "operational", "marketing", "reference"]


def tag_table(name: str, columns: list[str]) -> list[str]:
    resp = openai_client.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": f"Pick tags from {TAGS}. Reply as a JSON list."},
            {"role": "user", "content": f"{name}: {', '.join(columns)}"},
        ],
    )
    try:
        return json.loads(resp.choices[0].message.content)
    except json.JSONDecodeError:
        return []


def tag_table_claude(name: str, columns: list[str]) -> list[str]:
    msg = claude.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=100,
        messages=[{"role": "user", "content": f"Tags from {TAGS} for {name}({', '.join(columns)}). JSON list only."}],
    )
    return json.loads(msg.content[0].text)


def describe_image(url: str) -> str:
    # used once for the ERD screenshots; keep for now
    r = openai_client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Describe this ER diagram."},
                    {"type": "image_url", "image_url": {"url": url}},
                ],
            }
        ],
    )
    return r.choices[0].message.content


class TagCache:
    def __init__(self) -> None:
        self._d: dict[str, list[str]] = {}

    def get(self, key: str) -> list[str] | None:
        return self._d.get(key)

    def create(self, key: str, tags: list[str]) -> None:
        self._d[key] = tags
