"""Cerebras: fast text-only reasoning used for parameter suggestions."""
from __future__ import annotations

from .._prompts import SEGMENT_SYSTEM, parse_json_reply, segment_prompt
from .._settings import get_settings


class CerebrasParamAdvisor:
    def __init__(self, client):
        self.client = client
        self.model = get_settings().cerebras_model

    def suggest(self, summary: dict, target: str) -> dict:
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": SEGMENT_SYSTEM},
                {"role": "user", "content": segment_prompt(summary, target)},
            ],
            response_format={"type": "json_object"},
            temperature=0.0,
        )
        return parse_json_reply(completion.choices[0].message.content)
