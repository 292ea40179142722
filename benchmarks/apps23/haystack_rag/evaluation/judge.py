"""LLM-as-judge scoring for generated answers.

The judge client is injected by the caller (run_eval builds it) so we can point the
judge at a different account / base_url than production.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from openai import OpenAI

logger = logging.getLogger(__name__)

JUDGE_SYSTEM = (
    "You are grading answers from a customer-support RAG system. Be strict: an answer that "
    "adds facts not present in the reference is wrong even if plausible."
)


class FaithfulnessVerdict(BaseModel):
    faithful: bool
    unsupported_claims: list[str] = Field(default_factory=list)


@dataclass
class JudgeResult:
    correctness: int
    rationale: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


def judge_answer(client: "OpenAI", question: str, reference: str, answer: str, model: str = "gpt-4o") -> JudgeResult:
    prompt = (
        f"QUESTION:\n{question}\n\nREFERENCE ANSWER:\n{reference}\n\nCANDIDATE ANSWER:\n{answer}\n\n"
        'Return JSON {"score": 1-5, "rationale": "..."}'
    )
    resp = client.chat.completions.create(
        model=model,
        temperature=0,
        response_format={"type": "json_object"},
        messages=[{"role": "system", "content": JUDGE_SYSTEM}, {"role": "user", "content": prompt}],
    )
    try:
        data = json.loads(resp.choices[0].message.content or "{}")
    except json.JSONDecodeError:
        logger.warning("judge returned invalid JSON for %r", question[:60])
        data = {"score": 0, "rationale": "invalid judge output"}
    return JudgeResult(
        correctness=int(data.get("score", 0)),
        rationale=data.get("rationale", ""),
        prompt_tokens=resp.usage.prompt_tokens,
        completion_tokens=resp.usage.completion_tokens,
    )


def judge_faithfulness(client: "OpenAI", answer: str, contexts: list[str], model: str = "gpt-4o-mini") -> FaithfulnessVerdict:
    joined = "\n---\n".join(contexts)
    completion = client.beta.chat.completions.parse(
        model=model,
        messages=[
            {"role": "system", "content": "List every claim in the answer that the context does not support."},
            {"role": "user", "content": f"CONTEXT:\n{joined}\n\nANSWER:\n{answer}"},
        ],
        response_format=FaithfulnessVerdict,
    )
    parsed = completion.choices[0].message.parsed
    return parsed or FaithfulnessVerdict(faithful=False, unsupported_claims=["<refused>"])


class JudgePanel:
    """Several judges; majority vote on correctness >= 4."""

    def __init__(self, client: "OpenAI", models: list[str]):
        self.client = client
        self.models = models

    def vote(self, question: str, reference: str, answer: str) -> tuple[bool, list[JudgeResult]]:
        results = [judge_answer(self.client, question, reference, answer, model=m) for m in self.models]
        passes = sum(r.correctness >= 4 for r in results)
        return passes * 2 > len(results), results
