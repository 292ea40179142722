"""LLM-as-judge scoring for experiment results."""
from __future__ import annotations

import json
import logging
import re

from llmctl.providers.groq_provider import get_groq_client

LOG = logging.getLogger(__name__)

JUDGE_SYSTEM = (
    "You are a strict grader. Reply with JSON only: "
    '{"score": <integer 1-10>, "reason": "<one sentence>"}'
)

_SCORE_RE = re.compile(r'"score"\s*:\s*(\d+)')


class LLMJudge:
    def __init__(self, client=None, model: str = "llama-3.1-70b-versatile",
                 rubric: str = "Rate the answer for correctness from 1 to 10."):
        self.client = client
        self.model = model
        self.rubric = rubric

    def _messages(self, question: str, answer: str) -> list[dict]:
        return [
            {"role": "system", "content": JUDGE_SYSTEM},
            {"role": "user", "content": f"{self.rubric}\n\nQUESTION:\n{question}\n\nANSWER:\n{answer}"},
        ]

    def score(self, question: str, answer: str) -> int | None:
        client = self.client or get_groq_client()
        resp = client.chat.completions.create(
            model=self.model,
            messages=self._messages(question, answer),
            temperature=0,
            response_format={"type": "json_object"},
        )
        return self._parse(resp.choices[0].message.content)

    @staticmethod
    def _parse(content: str) -> int | None:
        try:
            return int(json.loads(content)["score"])
        except (ValueError, KeyError, TypeError):
            m = _SCORE_RE.search(content or "")
            return int(m.group(1)) if m else None


def pairwise_prefer(question: str, answer_a: str, answer_b: str,
                    model: str = "llama-3.1-8b-instant") -> str:
    """Quick A/B preference used by `scripts/ab_report.py`."""
    completion = get_groq_client().chat.completions.create(
        model=model,
        messages=[{
            "role": "user",
            "content": (f"Question: {question}\n\nA: {answer_a}\n\nB: {answer_b}\n\n"
                        "Which answer is better? Reply with exactly A or B."),
        }],
        max_tokens=1,
        temperature=0,
    )
    choice = completion.choices[0].message.content.strip().upper()
    return choice if choice in ("A", "B") else "?"
