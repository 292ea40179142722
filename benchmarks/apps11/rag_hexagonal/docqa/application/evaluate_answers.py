"""Offline evaluation of answer quality (LLM-as-judge).

Run nightly by `scripts/eval_batches.py` and on demand from the admin API.
"""
from __future__ import annotations

import json
import logging
import statistics
from dataclasses import dataclass, field
from typing import List, Optional

from docqa import prompts
from docqa.adapters.clients import get_anthropic_client, get_async_anthropic_client
from docqa.application.answer_question import AnswerQuestion, AskCommand
from docqa.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

JUDGE_MODEL = "claude-sonnet-4-20250514"


@dataclass
class EvalCase:
    question: str
    reference: str
    tenant_id: str
    document_ids: Optional[List[str]] = None


@dataclass
class EvalResult:
    case: EvalCase
    answer: str
    score: int
    reason: str
    faithful: Optional[bool] = None


@dataclass
class EvalReport:
    results: List[EvalResult] = field(default_factory=list)

    @property
    def mean_score(self) -> float:
        return statistics.fmean(r.score for r in self.results) if self.results else 0.0

    @property
    def faithfulness_rate(self) -> float:
        judged = [r for r in self.results if r.faithful is not None]
        return sum(r.faithful for r in judged) / len(judged) if judged else 0.0


def judge(case: EvalCase, candidate: str) -> EvalResult:
    client = get_anthropic_client()
    msg = client.messages.create(
        model=JUDGE_MODEL,
        max_tokens=300,
        temperature=0,
        messages=[
            {
                "role": "user",
                "content": prompts.JUDGE_PROMPT.format(
                    question=case.question, reference=case.reference, candidate=candidate
                ),
            }
        ],
    )
    raw = msg.content[0].text
    try:
        verdict = json.loads(raw[raw.index("{") : raw.rindex("}") + 1])
        return EvalResult(case=case, answer=candidate, score=int(verdict["score"]), reason=verdict["reason"])
    except (ValueError, KeyError) as exc:
        logger.warning("judge returned unparseable output %r: %s", raw[:200], exc)
        return EvalResult(case=case, answer=candidate, score=1, reason="unparseable judge output")


async def check_faithfulness(context: str, answer: str) -> bool:
    client = get_async_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=JUDGE_MODEL, feature_context="eval_faithfulness"
    ) as usage_log:
        msg = await client.messages.create(
            model=JUDGE_MODEL,
            max_tokens=200,
            temperature=0,
            messages=[{"role": "user", "content": prompts.FAITHFULNESS_PROMPT.format(context=context, answer=answer)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text.strip().lower().startswith("yes")


class EvaluateAnswers:
    def __init__(self, answer_question: AnswerQuestion) -> None:
        self._answer_question = answer_question

    async def run(self, cases: List[EvalCase], with_faithfulness: bool = False) -> EvalReport:
        report = EvalReport()
        for case in cases:
            answer = await self._answer_question.execute(
                AskCommand(tenant_id=case.tenant_id, question=case.question, document_ids=case.document_ids)
            )
            result = judge(case, answer.text)
            if with_faithfulness and answer.citations:
                context = "\n\n".join(c.quote for c in answer.citations)
                result.faithful = await check_faithfulness(context, answer.text)
            report.results.append(result)
        logger.info(
            "eval: %d cases, mean score %.2f, faithfulness %.0f%%",
            len(report.results),
            report.mean_score,
            100 * report.faithfulness_rate,
        )
        return report
