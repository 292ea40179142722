"""Short marketing summaries (<= 60 words) for product detail pages."""
from __future__ import annotations

import asyncio
from typing import List, Optional

from enrich.clients.registry import get_watsonx_chat_model
from enrich.config import DEFAULT_TOGETHER_MODEL
from enrich.models import Batch
from enrich.services.llm_usage_tracker import llm_tracker
from enrich.stages.base import BaseStage
from enrich.utils.text import clean

GRANITE_PARAMS = {
    "decoding_method": "greedy",
    "max_new_tokens": 120,
    "min_new_tokens": 20,
    "repetition_penalty": 1.05,
    "stop_sequences": ["\n\n"],
}

PROMPT = (
    "Write a factual product summary of at most 60 words for an online shop. "
    "No superlatives, no claims not supported by the text.\n\nProduct:\n{text}\n\nSummary:"
)

MAX_PROMPT_TOKENS = 3500


class SummarizeStage(BaseStage):
    name = "summarize"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.engine = self.opt("engine", "granite")
        self._chat_model = get_watsonx_chat_model() if self.engine == "watsonx-chat" else None
        self.long_model = self.opt("long_model", "google/gemini-2.5-flash")

    def _fits(self, prompt: str) -> bool:
        info = self.ctx.granite.tokenize(prompt=prompt)
        return info["result"]["token_count"] <= MAX_PROMPT_TOKENS

    def _granite(self, text: str) -> str:
        prompt = PROMPT.format(text=text)
        if not self._fits(prompt):
            return self._long_summary(text)
        return self.ctx.granite.generate_text(prompt=prompt, params=GRANITE_PARAMS).strip()

    def _watsonx_chat(self, text: str) -> str:
        resp = self._chat_model.chat(
            messages=[
                {"role": "system", "content": "You write concise, factual product copy."},
                {"role": "user", "content": PROMPT.format(text=text)},
            ],
            params={"max_tokens": 120, "temperature": 0.2},
        )
        return resp["choices"][0]["message"]["content"].strip()

    def _long_summary(self, text: str) -> str:
        # very long spec sheets go to a long-context model; streamed so the request
        # does not hit the gateway idle timeout
        stream = self.ctx.openrouter.chat.completions.create(
            model=self.long_model,
            messages=[{"role": "user", "content": PROMPT.format(text=text)}],
            max_tokens=160,
            stream=True,
        )
        parts: List[str] = []
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
        return "".join(parts).strip()

    async def _together(self, text: str) -> str:
        async with llm_tracker.track_llm_call(
            provider="together", model=DEFAULT_TOGETHER_MODEL, feature_context="summarize"
        ) as usage_log:
            resp = await asyncio.to_thread(
                lambda: self.ctx.together.chat.completions.create(
                    model=DEFAULT_TOGETHER_MODEL,
                    messages=[{"role": "user", "content": PROMPT.format(text=text)}],
                    max_tokens=120,
                )
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return (resp.choices[0].message.content or "").strip()

    async def _summarize_one(self, text: str) -> Optional[str]:
        text = clean(text)
        if not text:
            return None
        if self.engine == "together":
            return await self._together(text)
        if self.engine == "watsonx-chat":
            return await asyncio.to_thread(self._watsonx_chat, text)
        return await asyncio.to_thread(self._granite, text)

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        source = frame["description"].fillna("")
        if "bullet_points" in frame.columns:
            source = source + "\n" + frame["bullet_points"].fillna("")
        results = await self.gather_bounded(self._summarize_one, source.tolist())
        frame["summary"] = [None if isinstance(r, Exception) else r for r in results]
        return batch.with_frame(frame)
