"""Executor-side usage tracking.

``multi_model_service`` is async and lives on the driver-facing platform; executors run plain
Python, so we wrap individual calls with ``llm_tracker.track_llm_call`` in a small event loop.
(Half-migrated: classify_tickets and summarise_reviews still call the SDKs directly, DATA-2310.)
"""
from __future__ import annotations

import asyncio
from typing import Any

from app.services.llm_usage_tracker import llm_tracker


async def _tracked_openai_chat(client, feature: str, **kwargs: Any):
    async with llm_tracker.track_llm_call(
        provider="openai", model=kwargs["model"], feature_context=feature
    ) as usage_log:
        response = client.chat.completions.create(**kwargs)
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response


async def _tracked_anthropic(client, feature: str, **kwargs: Any):
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=kwargs["model"], feature_context=feature
    ) as usage_log:
        message = client.messages.create(**kwargs)
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return message


def tracked_openai_chat(client, feature: str, **kwargs: Any):
    return asyncio.run(_tracked_openai_chat(client, feature, **kwargs))


def tracked_anthropic(client, feature: str, **kwargs: Any):
    return asyncio.run(_tracked_anthropic(client, feature, **kwargs))
