"""Proofreading: returns a list of suggested edits for a passage."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from quill.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are a meticulous copy editor. Find spelling, grammar and punctuation "
    "mistakes in the user's text. Reply with JSON: {\"edits\": [{\"original\": str, "
    "\"replacement\": str, \"reason\": str}]}. Do not rewrite for style."
)


@dataclass
class Suggestion:
    original: str
    replacement: str
    reason: str

    def apply(self, text: str) -> str:
        return text.replace(self.original, self.replacement, 1)


def parse_suggestions(payload: str) -> list[Suggestion]:
    try:
        data = json.loads(payload)
    except json.JSONDecodeError:
        log.warning("model returned non-JSON proofreading output")
        return []
    edits = data.get("edits", []) if isinstance(data, dict) else []
    out = []
    for edit in edits:
        try:
            out.append(Suggestion(edit["original"], edit["replacement"], edit.get("reason", "")))
        except (KeyError, TypeError):
            continue
    return [s for s in out if s.original and s.original != s.replacement]


def proofread(text: str, client, model: str = "gpt-4o-mini", language: str = "en-GB") -> list[Suggestion]:
    """Fast path used by the window: one JSON-mode call on the shared OpenAI client."""
    if not text.strip():
        return []
    response = client.chat.completions.create(
        model=model,
        response_format={"type": "json_object"},
        temperature=0,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT + f" The text is in {language}."},
            {"role": "user", "content": text},
        ],
    )
    return parse_suggestions(response.choices[0].message.content or "{}")


async def proofread_tracked(text: str, thorough: bool = False) -> list[Suggestion]:
    complexity = TaskComplexity.STANDARD if thorough else TaskComplexity.SIMPLE
    payload = await multi_model_service.generate_response(
        prompt=text,
        task_type="proofread",
        complexity=complexity,
        system=SYSTEM_PROMPT,
    )
    return parse_suggestions(payload)
