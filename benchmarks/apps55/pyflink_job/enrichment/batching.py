"""AsyncFunction-style batching for PyFlink.

PyFlink 1.19 has no Python AsyncFunction, so operators buffer elements and call
``AsyncBatcher.run_batch`` which fans the batch out with asyncio on a private loop.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable, Sequence, TypeVar

from config.settings import MODELS
from enrichment.clients import make_async_anthropic_client, make_async_openai_client
from enrichment.prompts import CLICK_INTENT_SYSTEM, render_click
from tracking import llm_tracker

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class AsyncBatcher:
    def __init__(self, concurrency: int = 8) -> None:
        self._loop = asyncio.new_event_loop()
        self._sem: asyncio.Semaphore | None = None
        self._concurrency = concurrency
        self.openai = make_async_openai_client()
        self.anthropic = make_async_anthropic_client()

    def close(self) -> None:
        self._loop.run_until_complete(self.openai.close())
        self._loop.close()

    def run_batch(self, items: Sequence[T], fn: Callable[[T], Awaitable[R]]) -> list[R | None]:
        return self._loop.run_until_complete(self._gather(items, fn))

    async def _gather(self, items, fn):
        if self._sem is None:
            self._sem = asyncio.Semaphore(self._concurrency)

        async def guarded(item):
            async with self._sem:
                try:
                    return await fn(item)
                except Exception:  # noqa: BLE001
                    logger.exception("batch element failed")
                    return None

        return await asyncio.gather(*(guarded(i) for i in items))

    # -- element functions ------------------------------------------------------------

    async def classify_click(self, event: dict) -> str:
        resp = await self.openai.chat.completions.create(
            model=MODELS.classify_model,
            messages=[
                {"role": "system", "content": CLICK_INTENT_SYSTEM},
                {"role": "user", "content": render_click(event)},
            ],
            max_tokens=8,
        )
        return (resp.choices[0].message.content or "").strip()

    async def classify_click_tracked(self, event: dict) -> str:
        async with llm_tracker.track_llm_call(
            provider="openai", model=MODELS.classify_model, feature_context="click_intent_batch"
        ) as usage_log:
            resp = await self.openai.chat.completions.create(
                model=MODELS.classify_model,
                messages=[
                    {"role": "system", "content": CLICK_INTENT_SYSTEM},
                    {"role": "user", "content": render_click(event)},
                ],
                max_tokens=8,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return (resp.choices[0].message.content or "").strip()

    async def embed_many(self, texts: list[str]) -> list[list[float]]:
        resp = await self.openai.embeddings.create(model=MODELS.openai_embed_model, input=texts)
        return [d.embedding for d in resp.data]

    async def short_summary(self, text: str) -> str:
        msg = await self.anthropic.messages.create(
            model=MODELS.summary_model,
            max_tokens=120,
            messages=[{"role": "user", "content": f"Summarise in one sentence:\n\n{text}"}],
        )
        return msg.content[0].text
