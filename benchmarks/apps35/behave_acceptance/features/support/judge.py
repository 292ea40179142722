"""LLM-as-judge for fuzzy acceptance criteria.

The judge model is deliberately a different vendor than the system under
test.  `grade` uses the OpenAI-compatible client; `grade_pairwise` uses Claude.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass

from app.prompts import JUDGE_SYSTEM

logger = logging.getLogger(__name__)
_JSON_RE = re.compile(r"\{.*\}", re.S)


@dataclass
class JudgeVerdict:
    score: int
    reason: str

    @property
    def passed(self) -> bool:
        return self.score >= 4


def _parse(raw: str) -> JudgeVerdict:
    match = _JSON_RE.search(raw or "")
    if not match:
        return JudgeVerdict(score=0, reason=f"unparseable judge output: {raw!r}")
    data = json.loads(match.group(0))
    return JudgeVerdict(score=int(data.get("score", 0)), reason=str(data.get("reason", "")))


class LLMJudge:
    def __init__(self, client, model: str = "gpt-4o", anthropic_client=None,
                 anthropic_model: str = "claude-3-5-sonnet-20241022"):
        self.client = client
        self.model = model
        self.anthropic_client = anthropic_client
        self.anthropic_model = anthropic_model
        self.history: list[JudgeVerdict] = []

    def grade(self, rubric: str, answer: str, reference: str | None = None) -> JudgeVerdict:
        user = f"Rubric:\n{rubric}\n\nCandidate answer:\n{answer}"
        if reference:
            user += f"\n\nReference answer:\n{reference}"
        completion = self.client.chat.completions.create(
            model=self.model,
            temperature=0,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": JUDGE_SYSTEM},
                {"role": "user", "content": user},
            ],
        )
        verdict = _parse(completion.choices[0].message.content)
        self.history.append(verdict)
        logger.debug("judge verdict %s", verdict)
        return verdict

    def grade_pairwise(self, question: str, a: str, b: str) -> str:
        if self.anthropic_client is None:
            raise RuntimeError("pairwise grading needs an Anthropic client")
        message = self.anthropic_client.messages.create(
            model=self.anthropic_model,
            max_tokens=16,
            messages=[
                {
                    "role": "user",
                    "content": (
                        f"Question: {question}\n\nAnswer A:\n{a}\n\nAnswer B:\n{b}\n\n"
                        "Which answer is better? Reply with exactly 'A', 'B' or 'TIE'."
                    ),
                }
            ],
        )
        return message.content[0].text.strip().upper()

    def mean_score(self) -> float:
        if not self.history:
            return 0.0
        return sum(v.score for v in self.history) / len(self.history)
