"""Pairwise A/B judge with structured outputs."""
from __future__ import annotations

from typing import Literal

from openai import OpenAI
from pydantic import BaseModel as PydModel

from ..models import get_openai_client
from .base import Judge, JudgeVerdict

PAIRWISE_SYSTEM = (
    "You compare two assistant responses to the same user question and decide which is better. "
    "Avoid position bias and do not let response length influence your decision."
)


class PairwiseDecision(PydModel):
    reasoning: str
    winner: Literal["A", "B", "tie"]


class PairwiseJudge(Judge):
    def __init__(self, judge_model: str = "gpt-4o-2024-08-06", swap_positions: bool = True,
                 client: OpenAI | None = None) -> None:
        self.judge_model = judge_model
        self.swap_positions = swap_positions
        self.client = client or get_openai_client()

    def _compare(self, question: str, a: str, b: str) -> PairwiseDecision:
        completion = self.client.chat.completions.parse(
            model=self.judge_model,
            messages=[
                {"role": "system", "content": PAIRWISE_SYSTEM},
                {"role": "user", "content": f"Question:\n{question}\n\n[A]\n{a}\n\n[B]\n{b}"},
            ],
            response_format=PairwiseDecision,
            temperature=0.0,
        )
        return completion.choices[0].message.parsed

    def compare(self, question: str, answer_a: str, answer_b: str) -> str:
        first = self._compare(question, answer_a, answer_b).winner
        if not self.swap_positions:
            return first
        second = self._compare(question, answer_b, answer_a).winner
        second = {"A": "B", "B": "A", "tie": "tie"}[second]
        return first if first == second else "tie"

    def judge(self, question: str, answer: str, reference: str | None = None) -> JudgeVerdict:
        if reference is None:
            raise ValueError("PairwiseJudge.judge needs a baseline answer passed as reference")
        winner = self.compare(question, answer, reference)
        return JudgeVerdict(score={"A": 1.0, "tie": 0.5, "B": 0.0}[winner], explanation=winner)
