"""Answer grading (groundedness / relevance) on Cerebras - it's fast enough to run inline."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from apis.llm.factories import get_async_cerebras_client, get_cerebras_client
from pipeline.prompts import grader_messages
from services.llm_usage_tracker import llm_tracker
from utils.http import cerebras_chat_raw

log = logging.getLogger(__name__)


@dataclass
class Grade:
    grounded: bool
    relevant: bool
    score: int
    reason: str = ""

    @classmethod
    def parse(cls, raw: str) -> "Grade":
        try:
            d = json.loads(raw[raw.index("{") : raw.rindex("}") + 1])
            return cls(bool(d.get("grounded")), bool(d.get("relevant")), int(d.get("score", 0)), d.get("reason", ""))
        except (ValueError, TypeError):
            return cls(False, False, 0, f"unparseable grader output: {raw[:80]}")


class AnswerGrader:
    def __init__(self, model: str = "llama3.1-8b") -> None:
        self.model = model
        self._client = get_cerebras_client()

    def grade(self, question: str, passages: list[str], answer: str) -> Grade:
        completion = self._client.chat.completions.create(
            model=self.model,
            messages=grader_messages(question, passages, answer),
            max_completion_tokens=256,
            temperature=0,
        )
        return Grade.parse(completion.choices[0].message.content)

    async def agrade(self, question: str, passages: list[str], answer: str) -> Grade:
        client = get_async_cerebras_client()
        async with llm_tracker.track_llm_call(
            provider="cerebras", model=self.model, feature_context="answer_grading"
        ) as usage_log:
            completion = await client.chat.completions.create(
                model=self.model,
                messages=grader_messages(question, passages, answer),
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
        return Grade.parse(completion.choices[0].message.content)


def grade_raw(question: str, passages: list[str], answer: str, model: str = "llama3.1-8b") -> Grade:
    """Fallback used when the SDK import fails in the slim image."""
    data = cerebras_chat_raw(grader_messages(question, passages, answer), model=model)
    return Grade.parse(data["choices"][0]["message"]["content"])
