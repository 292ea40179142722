"""Structured interview kits, generated with Mistral.

The generator object is built once per request by the candidates blueprint
with whatever Mistral client the extension holds.
"""
from __future__ import annotations

import json
import logging
from typing import Iterable, List

log = logging.getLogger(__name__)

from app.utils.prompts import INTERVIEW_KIT_SYSTEM


class InterviewKitGenerator:
    def __init__(self, client, model: str = "mistral-large-latest"):
        self.client = client
        self.model = model

    def _messages(self, role_title: str, competencies: Iterable[str]):
        comp = ", ".join(competencies)
        return [
            {"role": "system", "content": INTERVIEW_KIT_SYSTEM},
            {
                "role": "user",
                "content": f"Role: {role_title}\nCompetencies: {comp}\nReturn JSON list of "
                '{"competency", "questions": [..], "rubric": {"1":..,"2":..,"3":..,"4":..}}',
            },
        ]

    def generate(self, role_title: str, competencies: List[str]) -> list:
        res = self.client.chat.complete(
            model=self.model,
            messages=self._messages(role_title, competencies),
            response_format={"type": "json_object"},
            temperature=0.4,
        )
        content = res.choices[0].message.content
        try:
            data = json.loads(content)
        except (TypeError, json.JSONDecodeError):
            log.warning("interview kit not JSON, returning raw")
            return [{"raw": content}]
        return data if isinstance(data, list) else data.get("kit", [data])

    def stream(self, role_title: str, competencies: List[str]):
        response = self.client.chat.stream(
            model=self.model,
            messages=self._messages(role_title, competencies),
        )
        for event in response:
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta


def kit_to_markdown(kit: list) -> str:
    out = []
    for section in kit:
        if "raw" in section:
            out.append(section["raw"])
            continue
        out.append(f"## {section.get('competency', 'Competency')}")
        for q in section.get("questions", []):
            out.append(f"- {q}")
        rubric = section.get("rubric", {})
        for score in sorted(rubric):
            out.append(f"  - **{score}**: {rubric[score]}")
    return "\n".join(out)
