"""LLM-as-a-judge helpers used by the evaluation workflow."""
from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Optional

from labelling_flows.llm.prompts import JUDGE_RUBRIC, render_pairwise

if TYPE_CHECKING:  # pragma: no cover
    import anthropic
    from openai import OpenAI

logger = logging.getLogger(__name__)

_JSON_RE = re.compile(r"\{.*\}", re.S)


@dataclass
class JudgeResult:
    correctness: int
    completeness: int
    tone: int
    explanation: str = ""
    judge_model: str = ""

    @classmethod
    def create(cls, payload: dict, judge_model: str) -> "JudgeResult":
        return cls(
            correctness=int(payload.get("correctness", 0)),
            completeness=int(payload.get("completeness", 0)),
            tone=int(payload.get("tone", 0)),
            explanation=str(payload.get("explanation", "")),
            judge_model=judge_model,
        )

    @property
    def mean(self) -> float:
        return (self.correctness + self.completeness + self.tone) / 3

    def to_dict(self) -> dict:
        return asdict(self)


def _extract_json(text: str) -> dict:
    match = _JSON_RE.search(text)
    if not match:
        raise ValueError(f"judge returned no JSON: {text[:200]!r}")
    return json.loads(match.group(0))


class ClaudeJudge:
    """Rubric judge backed by Claude. The client is injected by the task."""

    def __init__(self, client: "anthropic.Anthropic", model: str, max_tokens: int = 512):
        self._client = client
        self.model = model
        self.max_tokens = max_tokens

    def score(self, question: str, answer: str, reference: str) -> JudgeResult:
        user = f"Question:\n{question}\n\nReference:\n{reference}\n\nAnswer:\n{answer}"
        message = self._client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=JUDGE_RUBRIC,
            messages=[{"role": "user", "content": user}],
            temperature=0,
        )
        text = message.content[0].text
        return JudgeResult.create(_extract_json(text), judge_model=self.model)

    def compare(self, question: str, answer_a: str, answer_b: str) -> str:
        message = self._client.messages.create(
            model=self.model,
            max_tokens=5,
            messages=[{"role": "user", "content": render_pairwise(question, answer_a, answer_b)}],
        )
        verdict = message.content[0].text.strip().upper()
        return verdict if verdict in {"A", "B", "TIE"} else "TIE"


class GPTJudge:
    def __init__(self, client: "OpenAI", model: str = "gpt-4o"):
        self.client = client
        self.model = model

    def score(self, question: str, answer: str, reference: str, seed: Optional[int] = 7) -> JudgeResult:
        completion = self.client.chat.completions.create(
            model=self.model,
            seed=seed,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": JUDGE_RUBRIC},
                {"role": "user", "content": f"Question: {question}\nReference: {reference}\nAnswer: {answer}"},
            ],
        )
        return JudgeResult.create(json.loads(completion.choices[0].message.content), judge_model=self.model)
