"""Rewriter agent: turns the rough caption + plan into the final caption.

``stream()`` is what the predictor uses to feed ``ConcatenateIterator`` so the
caption appears token by token on replicate.com.
"""
from __future__ import annotations

import logging
from typing import Iterator

from openai import OpenAI

from src.agents.planner import CaptionPlan
from src.llm.prompts import REWRITE_TEMPLATE, REWRITER_SYSTEM, render_exemplars

logger = logging.getLogger(__name__)


class Rewriter:
    def __init__(self, client: OpenAI, model: str = "gpt-4o-mini", temperature: float = 0.4) -> None:
        self._client = client
        self.model = model
        self.temperature = temperature
        self.last_usage: dict[str, int] = {}

    def _messages(self, plan: CaptionPlan, draft: str, ocr: str, exemplars: list[str]) -> list[dict]:
        user = REWRITE_TEMPLATE.format(
            plan=plan.to_prompt(),
            draft=draft,
            ocr=ocr or "(none)",
            exemplars=render_exemplars(exemplars),
        )
        return [
            {"role": "system", "content": REWRITER_SYSTEM},
            {"role": "user", "content": user},
        ]

    def rewrite(self, plan: CaptionPlan, draft: str, ocr: str = "", exemplars: list[str] | None = None) -> str:
        completion = self._client.chat.completions.create(
            model=self.model,
            messages=self._messages(plan, draft, ocr, exemplars or []),
            temperature=self.temperature,
            max_tokens=min(400, plan.max_words * 3),
        )
        if completion.usage:
            self.last_usage = {
                "prompt_tokens": completion.usage.prompt_tokens,
                "completion_tokens": completion.usage.completion_tokens,
            }
        return (completion.choices[0].message.content or "").strip()

    def stream(self, plan: CaptionPlan, draft: str, ocr: str = "", exemplars: list[str] | None = None) -> Iterator[str]:
        stream = self._client.chat.completions.create(
            model=self.model,
            messages=self._messages(plan, draft, ocr, exemplars or []),
            temperature=self.temperature,
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.usage is not None:
                self.last_usage = {
                    "prompt_tokens": chunk.usage.prompt_tokens,
                    "completion_tokens": chunk.usage.completion_tokens,
                }
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content
            if delta:
                yield delta

    def variants(self, plan: CaptionPlan, draft: str, n: int = 3) -> list[str]:
        """Several candidates for best-of-n judging (responses API)."""
        outputs: list[str] = []
        for i in range(n):
            response = self._client.responses.create(
                model=self.model,
                instructions=REWRITER_SYSTEM,
                input=REWRITE_TEMPLATE.format(plan=plan.to_prompt(), draft=draft, ocr="(none)", exemplars="(none)"),
                temperature=min(1.0, self.temperature + 0.2 * i),
            )
            outputs.append(response.output_text.strip())
        return outputs
