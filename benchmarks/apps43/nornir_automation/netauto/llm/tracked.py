"""Tracked LLM entry points (the path FinOps wants everyone to use).

New code should call ``explain_tracked`` / ``summarise_tracked``; they go
through the platform ``multi_model_service`` which records usage per team.
"""
from __future__ import annotations

import asyncio

from llmops.llm_usage_tracker import llm_tracker
from llmops.multi_model_service import TaskComplexity, multi_model_service

from netauto.llm import clients
from netauto.llm.prompts import EXPLAIN_DIFF_SYSTEM, SUMMARY_SYSTEM
from netauto.settings import get_settings


async def explain_tracked(prompt: str) -> str:
    response = await multi_model_service.generate_response(
        prompt=f"{EXPLAIN_DIFF_SYSTEM}\n\n{prompt}",
        task_type="config_diff_explain",
        complexity=TaskComplexity.SIMPLE,
    )
    return response


async def summarise_tracked(prompt: str) -> str:
    return await multi_model_service.generate_response(
        prompt=f"{SUMMARY_SYSTEM}\n\n{prompt}",
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )


async def anthropic_tracked(system: str, prompt: str) -> str:
    """Legacy path for runbooks that need Claude specifically."""
    cfg = get_settings().llm
    client = clients.make_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=cfg.anthropic_model,
        feature_context="netauto_runbook",
    ) as usage_log:
        msg = await asyncio.to_thread(
            client.messages.create,
            model=cfg.anthropic_model,
            max_tokens=cfg.max_tokens,
            system=system,
            messages=[{"role": "user", "content": prompt}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def run_sync(coro):
    """Nornir tasks are sync; bridge to the async tracked service."""
    return asyncio.run(coro)
