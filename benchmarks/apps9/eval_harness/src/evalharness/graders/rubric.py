"""Rubric grading for long-form answers.

Newer grader: goes through the usage tracker so judge spend shows up on the finops dashboard.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Dict, List, Optional

from evalharness.clients import get_async_anthropic_client
from evalharness.graders.base import Grader
from evalharness.services.llm_usage_tracker import llm_tracker
from evalharness.services.multi_model_service import TaskComplexity, multi_model_service
from evalharness.types import Completion, GradeResult, Sample

logger = logging.getLogger(__name__)

_JSON_BLOCK = re.compile(r"\{.*\}", re.DOTALL)

RUBRIC_PROMPT = """You are grading an answer against a rubric. For each criterion, decide whether
the answer satisfies it. Reply with only a JSON object mapping criterion ids to true/false.

<question>{question}</question>
<answer>{answer}</answer>
<rubric>
{rubric}
</rubric>"""


class RubricGrader(Grader):
    name = "rubric"

    def __init__(self, judge_model: str = "claude-haiku-4-5", run_id: Optional[str] = None):
        self.judge_model = judge_model
        self.run_id = run_id
        self.client = get_async_anthropic_client()

    async def agrade(self, sample: Sample, completion: Completion) -> GradeResult:
        criteria: List[Dict[str, str]] = sample.metadata.get("rubric", [])
        if not criteria:
            return GradeResult(sample_id=sample.id, grader=self.name, score=0.0, rationale="no rubric")
        rubric_text = "\n".join(f"- {c['id']}: {c['text']}" for c in criteria)

        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model=self.judge_model,
            feature_context="rubric_grading",
            run_id=self.run_id,
        ) as usage_log:
            message = await self.client.messages.create(
                model=self.judge_model,
                max_tokens=512,
                temperature=0,
                messages=[
                    {
                        "role": "user",
                        "content": RUBRIC_PROMPT.format(
                            question=sample.input, answer=completion.text, rubric=rubric_text
                        ),
                    }
                ],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens

        raw = "".join(b.text for b in message.content if b.type == "text")
        match = _JSON_BLOCK.search(raw)
        try:
            verdicts = json.loads(match.group(0)) if match else {}
        except json.JSONDecodeError:
            verdicts = {}
        met = [c["id"] for c in criteria if verdicts.get(c["id"]) is True]
        score = len(met) / len(criteria)
        return GradeResult(
            sample_id=sample.id,
            grader=self.name,
            score=score,
            passed=score >= 0.8,
            extra={"criteria_met": met, "judge_model": self.judge_model},
        )

    def grade(self, sample: Sample, completion: Completion) -> GradeResult:
        return asyncio.run(self.agrade(sample, completion))


async def explain_failures(results: List[GradeResult], max_items: int = 30) -> str:
    """Short natural-language summary of the failed criteria, for the run report."""
    failed = [r for r in results if r.passed is False][:max_items]
    if not failed:
        return "All rubric items passed."
    lines = "\n".join(f"{r.sample_id}: met {r.extra.get('criteria_met')}" for r in failed)
    return await multi_model_service.generate_response(
        prompt=f"Summarise the common failure patterns in these rubric results:\n{lines}",
        task_type="eval_report",
        complexity=TaskComplexity.SIMPLE,
    )
