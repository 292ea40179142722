"""Critique-and-refine loop (experimental, behind REFINE_ROUNDS>0).

round 0: rewriter output
round k: critic lists concrete problems (Claude tool-use, structured output),
         router "rewrite" task fixes them, judge scores; stop when the score
         stops improving or we hit max_rounds.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field

from src.agents.judge import CaptionJudge, JudgeVerdict
from src.agents.planner import CaptionPlan
from src.config import get_settings
from src.llm import get_anthropic, get_async_openai, llm_tracker
from src.llm.prompts import REWRITER_SYSTEM
from src.llm.router import LLMRouter

logger = logging.getLogger(__name__)

CRITIQUE_TOOL = {
    "name": "report_problems",
    "description": "Report concrete problems with an image caption.",
    "input_schema": {
        "type": "object",
        "properties": {
            "problems": {"type": "array", "items": {"type": "string"}},
            "severity": {"type": "string", "enum": ["none", "minor", "major"]},
        },
        "required": ["problems", "severity"],
    },
}

FIX_TEMPLATE = """Caption:
{caption}

Problems to fix:
{problems}

Plan:
{plan}

Return only the corrected caption."""


@dataclass
class Critique:
    problems: list[str] = field(default_factory=list)
    severity: str = "none"


@dataclass
class RefineTrace:
    rounds: list[tuple[str, float]] = field(default_factory=list)

    @property
    def best(self) -> tuple[str, float]:
        return max(self.rounds, key=lambda r: r[1])


class RefineLoop:
    def __init__(self, router: LLMRouter, judge: CaptionJudge, max_rounds: int | None = None) -> None:
        self.router = router
        self.judge = judge
        self.max_rounds = max_rounds if max_rounds is not None else int(os.environ.get("REFINE_ROUNDS", "0"))
        self.settings = get_settings()

    def critique(self, plan: CaptionPlan, caption: str) -> Critique:
        msg = get_anthropic().messages.create(
            model=self.settings.models.planner_model,
            max_tokens=400,
            tools=[CRITIQUE_TOOL],
            tool_choice={"type": "tool", "name": "report_problems"},
            messages=[
                {
                    "role": "user",
                    "content": f"Plan: {plan.to_prompt()}\n\nCaption: {caption}\n\nList concrete problems.",
                }
            ],
        )
        for block in msg.content:
            if block.type == "tool_use" and block.name == "report_problems":
                data = block.input
                return Critique(list(data.get("problems", [])), str(data.get("severity", "none")))
        return Critique()

    def fix(self, plan: CaptionPlan, caption: str, critique: Critique) -> str:
        result = self.router.complete(
            "rewrite",
            REWRITER_SYSTEM,
            FIX_TEMPLATE.format(
                caption=caption,
                problems="\n".join(f"- {p}" for p in critique.problems),
                plan=plan.to_prompt(),
            ),
            max_tokens=300,
        )
        return result.text.strip()

    def run(self, plan: CaptionPlan, draft: str, caption: str) -> RefineTrace:
        trace = RefineTrace()
        verdict: JudgeVerdict = self.judge.judge(plan, draft, caption)
        trace.rounds.append((caption, verdict.score))
        for round_no in range(1, self.max_rounds + 1):
            crit = self.critique(plan, caption)
            if crit.severity == "none" or not crit.problems:
                logger.info("refine: no problems after round %d", round_no - 1)
                break
            candidate = self.fix(plan, caption, crit)
            new_verdict = self.judge.judge(plan, draft, candidate)
            trace.rounds.append((candidate, new_verdict.score))
            if new_verdict.score <= verdict.score:
                logger.info("refine: score did not improve (%.2f <= %.2f)", new_verdict.score, verdict.score)
                break
            caption, verdict = candidate, new_verdict
        return trace

    async def polish_async(self, caption: str, model: str = "gpt-4o-mini") -> str:
        """Final grammar pass for the batch pipeline; already tracked."""
        client = get_async_openai()
        async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context="refine_polish") as usage_log:
            resp = await client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": "Fix grammar and punctuation only. Output the caption."},
                    {"role": "user", "content": caption},
                ],
                temperature=0,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return (resp.choices[0].message.content or caption).strip()

    @staticmethod
    def dump(trace: RefineTrace) -> str:
        return json.dumps([{"caption": c, "score": round(s, 3)} for c, s in trace.rounds], indent=2)
