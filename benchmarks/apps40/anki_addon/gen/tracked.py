"""Tracked generation paths (new code should use these).

``hint_for`` goes through the gateway; ``tracked_explain`` and
``tracked_summary`` are legacy flows wrapped in the usage tracker.
"""
from __future__ import annotations

import asyncio
import logging

from ..core import get_anthropic_client, get_async_openai_client, prompts
from ..core.config import ModelSettings, get
from ..core.llm_usage_tracker import llm_tracker
from ..core.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


async def hint_for(front: str) -> str:
    response = await multi_model_service.generate_response(
        prompt=f"Give a one-line hint (not the answer) for: {front}",
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    return response.content


async def deck_study_plan(deck_name: str, stats: dict) -> str:
    response = await multi_model_service.generate_response(
        prompt=f"Write a 7-day study plan for deck {deck_name}. Stats: {stats}",
        task_type="study_plan",
        complexity=TaskComplexity.AGENTIC,
        system_prompt="You are a learning coach.",
    )
    return response.content


async def tracked_explain(front: str, back: str) -> str:
    settings = ModelSettings.from_config("anthropic")
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=settings.model, feature_context="explain_on_answer"
    ) as usage_log:
        message = client.messages.create(
            model=settings.model,
            max_tokens=400,
            system=prompts.SYSTEM_EXPLAINER,
            messages=[{"role": "user", "content": prompts.explain_prompt(front, back)}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return message.content[0].text


async def tracked_summary(text: str) -> str:
    client = get_async_openai_client()
    model = get("openai_model", "gpt-4o-mini")
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="note_summary"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": f"Summarize in one sentence:\n{text}"}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    summary = resp.choices[0].message.content or ""
    if len(summary) > 300:
        # second pass to shorten; forgot to wrap this one when the tracker landed
        shorter = await client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": f"Shorten to 30 words:\n{summary}"}],
        )
        summary = shorter.choices[0].message.content or summary
    return summary


def run_sync(coro):
    """QueryOp ops run on a worker thread without a loop; give them one."""
    try:
        return asyncio.run(coro)
    except RuntimeError:
        loop = asyncio.new_event_loop()
        try:
            return loop.run_until_complete(coro)
        finally:
            loop.close()
