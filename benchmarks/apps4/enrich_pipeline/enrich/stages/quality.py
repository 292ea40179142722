"""Quality scoring of the enriched record.

score = 0.5 * fluency (perplexity proxy from a base model's logprobs)
      + 0.5 * judge score (instruction model grading completeness / consistency)
"""
from __future__ import annotations

import asyncio
import math
import os
from typing import Any, Dict, Optional

from fireworks import Fireworks
from openai import OpenAI

from enrich.models import Batch
from enrich.services.multi_model_service import TaskComplexity, multi_model_service
from enrich.stages.base import BaseStage, ChatCompletionStage

JUDGE_MODEL = "accounts/fireworks/models/llama-v3p1-70b-instruct"
BASE_MODEL = "accounts/fireworks/models/llama-v3p1-8b"
SECOND_OPINION_MODEL = "openai/gpt-4o-mini"

JUDGE_PROMPT = """Rate the product record below from 0 to 10 for completeness and internal
consistency (title vs attributes vs summary). Reply as JSON {{"score": <int>, "issues": [<str>]}}.

{record}
"""


class QualityStage(BaseStage):
    name = "quality"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.second_opinion_band = tuple(self.opt("second_opinion_band", (4, 6)))
        self._fw = Fireworks(api_key=os.environ.get("FIREWORKS_API_KEY"))
        self._second = OpenAI(
            base_url="https://openrouter.ai/api/v1",
            api_key=os.environ.get("OPENROUTER_API_KEY"),
        )

    def _fluency(self, summary: str) -> Optional[float]:
        if not summary:
            return None
        resp = self._fw.completions.create(
            model=BASE_MODEL,
            prompt=summary,
            max_tokens=0,
            echo=True,
            logprobs=1,
        )
        lps = [lp for lp in (resp.choices[0].logprobs.token_logprobs or []) if lp is not None]
        if not lps:
            return None
        ppl = math.exp(-sum(lps) / len(lps))
        return max(0.0, min(1.0, 1.5 - math.log10(ppl)))

    def _judge(self, record: str) -> Dict[str, Any]:
        resp = self.ctx.fireworks.chat.completions.create(
            model=JUDGE_MODEL,
            messages=[{"role": "user", "content": JUDGE_PROMPT.format(record=record)}],
            temperature=0,
            max_tokens=200,
            response_format={"type": "json_object"},
        )
        return ChatCompletionStage.parse_json(resp.choices[0].message.content)

    def _second_opinion(self, record: str) -> Dict[str, Any]:
        resp = self._second.chat.completions.create(
            model=SECOND_OPINION_MODEL,
            messages=[{"role": "user", "content": JUDGE_PROMPT.format(record=record)}],
            temperature=0,
            max_tokens=200,
        )
        return ChatCompletionStage.parse_json(resp.choices[0].message.content)

    async def explain(self, record: str, issues: list) -> str:
        """Human-readable explanation for the merchandising review queue."""
        return await multi_model_service.generate_response(
            prompt=f"Explain briefly for a merchandiser why this record needs review.\n"
                   f"Issues: {issues}\n\n{record}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
        )

    async def _score(self, row: Dict[str, Any]) -> Dict[str, Any]:
        record = "\n".join(f"{k}: {v}" for k, v in row.items() if not k.startswith("_") and v)
        fluency, verdict = await asyncio.gather(
            asyncio.to_thread(self._fluency, row.get("summary") or ""),
            asyncio.to_thread(self._judge, record),
        )
        score = verdict.get("score")
        low, high = self.second_opinion_band
        if isinstance(score, (int, float)) and low <= score <= high:
            second = await asyncio.to_thread(self._second_opinion, record)
            if isinstance(second.get("score"), (int, float)):
                score = (score + second["score"]) / 2
        judge = (score or 0) / 10
        total = judge if fluency is None else 0.5 * fluency + 0.5 * judge
        out = {"quality_score": round(total, 3), "quality_issues": verdict.get("issues", [])}
        if total < 0.5:
            out["review_note"] = await self.explain(record, out["quality_issues"])
        return out

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        cols = [c for c in frame.columns if c not in ("embedding", "related_candidates")]
        results = await self.gather_bounded(self._score, frame[cols].to_dict(orient="records"))
        for key in ("quality_score", "quality_issues", "review_note"):
            frame[key] = [r.get(key) if isinstance(r, dict) else None for r in results]
        return batch.with_frame(frame)
