"""Async caption pipeline used by the batch script (and, eventually, predict.py).

Half of this goes through ``multi_model_service`` already; the rest still
talks to the SDKs directly. See #142 for the migration checklist.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import replicate

from src.agents.planner import CaptionPlan
from src.config import get_settings
from src.llm import TaskComplexity, get_async_anthropic, get_async_openai, get_voyage, llm_tracker, multi_model_service
from src.llm.prompts import JUDGE_SYSTEM, JUDGE_TEMPLATE, PLANNER_SYSTEM, REWRITE_TEMPLATE, REWRITER_SYSTEM

logger = logging.getLogger(__name__)


@dataclass
class PipelineResult:
    image_id: str
    draft: str
    caption: str
    plan: CaptionPlan
    score: float | None = None
    extras: dict[str, str] = field(default_factory=dict)


class AsyncCaptionPipeline:
    def __init__(self, concurrency: int = 8) -> None:
        self.settings = get_settings()
        self.anthropic = get_async_anthropic()
        self.openai = get_async_openai()
        self.voyage = get_voyage()
        self._sem = asyncio.Semaphore(concurrency)

    async def plan(self, draft: str) -> CaptionPlan:
        model = self.settings.models.planner_model
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="batch_plan"
        ) as usage_log:
            msg = await self.anthropic.messages.create(
                model=model,
                max_tokens=400,
                system=PLANNER_SYSTEM,
                messages=[{"role": "user", "content": f"Rough caption: {draft}"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        text = "".join(b.text for b in msg.content if b.type == "text")
        try:
            return CaptionPlan.from_json(text)
        except ValueError:
            return CaptionPlan.default()

    async def rewrite(self, plan: CaptionPlan, draft: str, ocr: str = "") -> str:
        # TODO(#142): move to multi_model_service once it supports temperature
        resp = await self.openai.chat.completions.create(
            model=self.settings.models.rewriter_model,
            messages=[
                {"role": "system", "content": REWRITER_SYSTEM},
                {"role": "user", "content": REWRITE_TEMPLATE.format(plan=plan.to_prompt(), draft=draft, ocr=ocr or "(none)", exemplars="(none)")},
            ],
            temperature=0.4,
        )
        return (resp.choices[0].message.content or "").strip()

    async def rewrite_streamed(self, plan: CaptionPlan, draft: str) -> str:
        """Claude variant kept for A/B; streams so long captions don't time out."""
        parts: list[str] = []
        async with self.anthropic.messages.stream(
            model=self.settings.models.planner_model,
            max_tokens=300,
            system=REWRITER_SYSTEM,
            messages=[{"role": "user", "content": REWRITE_TEMPLATE.format(plan=plan.to_prompt(), draft=draft, ocr="(none)", exemplars="(none)")}],
        ) as stream:
            async for text in stream.text_stream:
                parts.append(text)
        return "".join(parts).strip()

    async def judge(self, plan: CaptionPlan, draft: str, candidate: str) -> float:
        raw = await multi_model_service.generate_response(
            prompt=JUDGE_TEMPLATE.format(plan=plan.to_prompt(), draft=draft, candidate=candidate),
            task_type="caption_judge",
            complexity=TaskComplexity.SIMPLE,
            system=JUDGE_SYSTEM,
            max_tokens=120,
        )
        try:
            import json

            return float(json.loads(raw[raw.find("{") : raw.rfind("}") + 1]).get("score", 0.0))
        except (ValueError, TypeError):
            return 0.0

    async def embed_captions(self, captions: list[str]) -> list[list[float]]:
        result = await asyncio.to_thread(
            self.voyage.embed,
            captions,
            model=self.settings.models.embed_model,
            input_type="document",
        )
        return result.embeddings

    async def ocr(self, image_url: str) -> str:
        output = await replicate.async_run(self.settings.models.ocr_ref, input={"image": image_url})
        return output if isinstance(output, str) else "".join(output)

    async def run_one(self, image_id: str, draft: str, image_url: str | None = None) -> PipelineResult:
        async with self._sem:
            plan = await self.plan(draft)
            ocr_text = await self.ocr(image_url) if (plan.needs_ocr and image_url) else ""
            caption = await self.rewrite(plan, draft, ocr_text)
            score = await self.judge(plan, draft, caption)
            return PipelineResult(image_id, draft, caption, plan, score, {"ocr": ocr_text})

    async def run_many(self, items: list[tuple[str, str, str | None]]) -> list[PipelineResult]:
        tasks = [self.run_one(*item) for item in items]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        ok: list[PipelineResult] = []
        for item, res in zip(items, results):
            if isinstance(res, Exception):
                logger.error("pipeline failed for %s: %s", item[0], res)
            else:
                ok.append(res)
        return ok
