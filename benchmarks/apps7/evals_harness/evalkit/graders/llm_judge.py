"""LLM-as-judge graders (single-answer grading on a 1-5 scale)."""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, Optional

from pydantic import BaseModel, Field

from evalkit.errors import ConfigError, JudgeParseError
from evalkit.graders import Grader
from evalkit.models.base import ModelSpec
from evalkit.models.clients import get_anthropic_client, get_openai_client
from evalkit.runner.limits import with_retries
from evalkit.schemas import GradeResult, ModelOutput, TestCase

logger = logging.getLogger(__name__)

JUDGE_SYSTEM = """You are a strict grader for a customer-support assistant.
Score the ASSISTANT ANSWER from 1 (useless or wrong) to 5 (correct, complete, well grounded).
Use the REFERENCE ANSWER when one is given; do not reward length or politeness on their own.
If the answer contradicts the reference on a fact, the score is at most 2."""

JUDGE_TEMPLATE = """QUESTION:
{question}

REFERENCE ANSWER:
{reference}

ASSISTANT ANSWER:
{answer}
{extra}"""


class Verdict(BaseModel):
    score: int = Field(ge=1, le=5)
    rationale: str


VERDICT_TOOL: Dict[str, Any] = {
    "name": "record_verdict",
    "description": "Record the grade for the assistant answer.",
    "input_schema": {
        "type": "object",
        "properties": {
            "score": {"type": "integer", "minimum": 1, "maximum": 5},
            "rationale": {"type": "string"},
        },
        "required": ["score", "rationale"],
    },
}


def render_judge_prompt(case: TestCase, output: ModelOutput, rubric: Optional[str] = None) -> str:
    return JUDGE_TEMPLATE.format(
        question=case.prompt,
        reference=case.reference or "(none)",
        answer=output.text,
        extra=f"\nADDITIONAL RUBRIC:\n{rubric}\n" if rubric else "",
    )


class _JudgeBase(Grader):
    name = "llm_judge"

    def __init__(self, model: str, threshold: int = 4, rubric: Optional[str] = None) -> None:
        self.model = model
        self.threshold = threshold
        self.rubric = rubric

    def _result(self, verdict: Verdict) -> GradeResult:
        return GradeResult(
            grader=self.name,
            score=float(verdict.score),
            passed=verdict.score >= self.threshold,
            rationale=verdict.rationale,
            metadata={"judge": self.model},
        )


class OpenAIJudge(_JudgeBase):
    def __init__(self, model: str = "gpt-4o-2024-08-06", **kwargs: Any) -> None:
        super().__init__(model, **kwargs)
        self._client = get_openai_client()

    @with_retries()
    def grade(self, case: TestCase, output: ModelOutput) -> GradeResult:
        completion = self._client.beta.chat.completions.parse(
            model=self.model,
            temperature=0,
            messages=[
                {"role": "system", "content": JUDGE_SYSTEM},
                {"role": "user", "content": render_judge_prompt(case, output, self.rubric)},
            ],
            response_format=Verdict,
        )
        message = completion.choices[0].message
        if message.parsed is None:
            raise JudgeParseError(f"judge refused or returned nothing for {case.id}: {message.refusal}")
        return self._result(message.parsed)


class AnthropicJudge(_JudgeBase):
    """Claude as judge; forces a tool call so the verdict comes back as JSON."""

    def __init__(self, model: str = "claude-3-5-sonnet-20241022", max_tokens: int = 512, **kwargs: Any) -> None:
        super().__init__(model, **kwargs)
        self.max_tokens = max_tokens
        self.client = get_anthropic_client()

    @staticmethod
    def _verdict_from(message) -> Verdict:
        for block in message.content:
            if block.type == "tool_use" and block.name == VERDICT_TOOL["name"]:
                return Verdict(**block.input)
        raise JudgeParseError(f"no {VERDICT_TOOL['name']} tool call in judge reply {message.id}")

    @with_retries()
    def grade(self, case: TestCase, output: ModelOutput) -> GradeResult:
        message = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            temperature=0,
            system=JUDGE_SYSTEM,
            tools=[VERDICT_TOOL],
            tool_choice={"type": "tool", "name": VERDICT_TOOL["name"]},
            messages=[{"role": "user", "content": render_judge_prompt(case, output, self.rubric)}],
        )
        return self._result(self._verdict_from(message))

    async def agrade(self, case: TestCase, output: ModelOutput) -> GradeResult:
        # the async runner calls this; the sync client is thread-safe so we just offload
        message = await asyncio.to_thread(
            self.client.messages.create,
            model=self.model,
            max_tokens=self.max_tokens,
            temperature=0,
            system=JUDGE_SYSTEM,
            tools=[VERDICT_TOOL],
            tool_choice={"type": "tool", "name": VERDICT_TOOL["name"]},
            messages=[{"role": "user", "content": render_judge_prompt(case, output, self.rubric)}],
        )
        return self._result(self._verdict_from(message))


def make_judge(spec: str, **options: Any) -> Grader:
    parsed = ModelSpec.parse(spec)
    if parsed.provider == "openai":
        return OpenAIJudge(parsed.model, **options)
    if parsed.provider == "anthropic":
        return AnthropicJudge(parsed.model, **options)
    raise ConfigError(f"llm_judge supports openai and anthropic judges, got {spec!r}")
