"""LLM-as-judge graders.

Judges take an already-built SDK client so flows decide which account /
region is billed; see ``flows/rag_eval_flow.py`` and ``flows/eval_models_flow.py``.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from llmkit.parsing import clamp_score, extract_json
from llmkit.prompts import JUDGE_RUBRIC, PAIRWISE_JUDGE
from llmkit.retry import with_backoff

log = logging.getLogger(__name__)


@dataclass
class Grade:
    correctness: int
    faithfulness: int
    rationale: str
    judge_model: str


class RubricJudge:
    """Anthropic-backed rubric grader (client injected)."""

    def __init__(self, client, model: str, max_tokens: int = 400):
        self.client = client
        self.model = model
        self.max_tokens = max_tokens

    def score(self, *, question: str, reference: str, context: str, candidate: str) -> dict:
        msg = with_backoff(
            self.client.messages.create,
            model=self.model,
            max_tokens=self.max_tokens,
            system=JUDGE_RUBRIC.system,
            messages=JUDGE_RUBRIC.anthropic_messages(
                question=question, reference=reference, context=context[:6000], candidate=candidate
            ),
        )
        try:
            data = extract_json(msg.content[0].text)
        except ValueError:
            log.warning("judge returned non-JSON output")
            data = {}
        grade = Grade(
            correctness=clamp_score(data.get("correctness")),
            faithfulness=clamp_score(data.get("faithfulness")),
            rationale=str(data.get("rationale", ""))[:500],
            judge_model=self.model,
        )
        return grade.__dict__


class PairwiseVerdict(BaseModel):
    winner: Literal["A", "B", "tie"]
    reason: str


class PairwiseJudge:
    """OpenAI structured-output pairwise judge."""

    def __init__(self, openai_client, model: str = "gpt-4.1"):
        self._client = openai_client
        self.model = model

    def compare(self, question: str, answer_a: str, answer_b: str) -> PairwiseVerdict:
        completion = self._client.chat.completions.parse(
            model=self.model,
            messages=PAIRWISE_JUDGE.messages(question=question, answer_a=answer_a, answer_b=answer_b),
            response_format=PairwiseVerdict,
            temperature=0,
        )
        verdict = completion.choices[0].message.parsed
        if verdict is None:
            return PairwiseVerdict(winner="tie", reason="refusal")
        return verdict

    def compare_both_orders(self, question: str, a: str, b: str) -> str:
        first = self.compare(question, a, b).winner
        second = self.compare(question, b, a).winner
        flipped = {"A": "B", "B": "A", "tie": "tie"}[second]
        return first if first == flipped else "tie"


class AsyncRubricJudge:
    """Async variant used by the big nightly eval; takes an AsyncAnthropic client."""

    def __init__(self, async_client, model: str, concurrency: int = 16):
        self.async_client = async_client
        self.model = model
        self._sem = asyncio.Semaphore(concurrency)

    async def score_one(self, row: dict) -> dict:
        async with self._sem:
            msg = await self.async_client.messages.create(
                model=self.model,
                max_tokens=400,
                system=JUDGE_RUBRIC.system,
                messages=JUDGE_RUBRIC.anthropic_messages(**row),
            )
        data = extract_json(msg.content[0].text)
        return {k: clamp_score(data.get(k)) for k in ("correctness", "faithfulness")}

    async def score_many(self, rows: list[dict]) -> list[dict]:
        return await asyncio.gather(*(self.score_one(r) for r in rows))
