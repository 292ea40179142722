"""LLM-as-judge graders (OpenAI judge model).

The judge prompt is versioned: bump JUDGE_PROMPT_VERSION whenever the template changes, it
is part of the cache key so old verdicts are not reused.
"""
from __future__ import annotations

import json
import logging
from typing import Optional

from pydantic import BaseModel, Field

from evalharness.cache import DiskCache, cache_key
from evalharness.clients import get_openai_client
from evalharness.config import JudgeSpec
from evalharness.graders.base import Grader
from evalharness.types import Completion, GradeResult, Sample

logger = logging.getLogger(__name__)

JUDGE_PROMPT_VERSION = "2025-03-v4"

JUDGE_SYSTEM = (
    "You are a strict grader. You compare a model answer with a reference answer and decide "
    "whether the model answer is correct. Minor wording differences are fine; missing or "
    "contradicting facts are not."
)

JUDGE_TEMPLATE = """Question:
{question}

Reference answer:
{reference}

Model answer:
{answer}

Score the model answer from 1 (wrong) to 5 (fully correct and complete)."""


class JudgeVerdict(BaseModel):
    reasoning: str = Field(description="One or two sentences.")
    score: int = Field(ge=1, le=5)


class LLMJudgeGrader(Grader):
    name = "llm_judge"
    pass_threshold = 4

    def __init__(self, judge: Optional[JudgeSpec] = None, cache: Optional[DiskCache] = None):
        self.judge = judge or JudgeSpec()
        self.cache = cache
        self.client = get_openai_client()

    def _messages(self, sample: Sample, completion: Completion):
        return [
            {"role": "system", "content": JUDGE_SYSTEM},
            {
                "role": "user",
                "content": JUDGE_TEMPLATE.format(
                    question=sample.input,
                    reference=sample.reference or "(none)",
                    answer=completion.text,
                ),
            },
        ]

    def grade(self, sample: Sample, completion: Completion) -> GradeResult:
        messages = self._messages(sample, completion)

        def ask_judge() -> dict:
            resp = self.client.chat.completions.parse(
                model=self.judge.model,
                messages=messages,
                response_format=JudgeVerdict,
                temperature=self.judge.temperature,
            )
            parsed = resp.choices[0].message.parsed
            if parsed is None:
                raise ValueError(f"judge refused: {resp.choices[0].message.refusal}")
            return parsed.model_dump()

        if self.cache is not None:
            key = cache_key("judge", [JUDGE_PROMPT_VERSION, self.judge.model, messages])
            verdict = self.cache.get_or_set(key, ask_judge)
        else:
            verdict = ask_judge()

        score = int(verdict["score"])
        return GradeResult(
            sample_id=sample.id,
            grader=self.name,
            score=(score - 1) / 4,
            passed=score >= self.pass_threshold,
            rationale=verdict["reasoning"],
            extra={"raw_score": score, "judge_model": self.judge.model},
        )


class ReferenceFreeJudgeGrader(LLMJudgeGrader):
    """Helpfulness 1-10 without a reference (MT-bench style single-answer grading)."""

    name = "llm_judge_noref"
    pass_threshold = 7

    PROMPT = (
        "Rate the helpfulness, accuracy and depth of the assistant's answer to the user's "
        "question on a scale of 1 to 10. Reply with JSON: {{\"rating\": <int>, \"explanation\": <str>}}.\n\n"
        "[Question]\n{question}\n\n[Answer]\n{answer}"
    )

    def grade(self, sample: Sample, completion: Completion) -> GradeResult:
        request = dict(
            model=self.judge.model,
            messages=[{"role": "user", "content": self.PROMPT.format(question=sample.input, answer=completion.text)}],
            response_format={"type": "json_object"},
            temperature=0,
        )
        key = cache_key("judge-noref", [JUDGE_PROMPT_VERSION, request])
        cache = self.cache or DiskCache(enabled=False)
        raw = cache.get_or_set(
            key, lambda: self.client.chat.completions.create(**request).choices[0].message.content
        )
        try:
            data = json.loads(raw)
            rating = int(data["rating"])
        except (ValueError, KeyError, TypeError):
            logger.warning("unparseable judge output for %s: %r", sample.id, raw)
            return GradeResult(sample_id=sample.id, grader=self.name, score=0.0, passed=False,
                               rationale="unparseable judge output")
        return GradeResult(
            sample_id=sample.id,
            grader=self.name,
            score=rating / 10,
            passed=rating >= self.pass_threshold,
            rationale=data.get("explanation"),
        )
