"""OpenAI chat generator that records usage through the tracker.

This is the pattern new generators should follow (RAG-412). The untracked ones in
generators.py will be migrated one by one.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from haystack import component
from haystack.dataclasses import ChatMessage

from ragsvc.clients import get_async_openai_client
from ragsvc.components.generators import to_provider_messages
from ragsvc.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


@component
class TrackedOpenAIChatGenerator:
    def __init__(self, model: str = "gpt-4o-mini", temperature: float = 0.2, max_tokens: int = 800, feature: str = "rag_answer"):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.feature = feature
        self._client = None

    def warm_up(self) -> None:
        if self._client is None:
            self._client = get_async_openai_client()

    async def _complete(self, messages: list[ChatMessage]) -> tuple[str, dict[str, Any]]:
        async with llm_tracker.track_llm_call(
            provider="openai",
            model=self.model,
            feature_context=self.feature,
        ) as usage_log:
            response = await self._client.chat.completions.create(
                model=self.model,
                messages=to_provider_messages(messages),
                temperature=self.temperature,
                max_tokens=self.max_tokens,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        meta = {"model": response.model, "finish_reason": response.choices[0].finish_reason}
        return response.choices[0].message.content or "", meta

    @component.output_types(replies=list[str], meta=list[dict[str, Any]])
    def run(self, messages: list[ChatMessage]):
        reply, meta = asyncio.run(self._complete(messages))
        return {"replies": [reply], "meta": [meta]}

    @component.output_types(replies=list[str], meta=list[dict[str, Any]])
    async def run_async(self, messages: list[ChatMessage]):
        reply, meta = await self._complete(messages)
        return {"replies": [reply], "meta": [meta]}
