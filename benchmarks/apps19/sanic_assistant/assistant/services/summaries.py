"""Conversation summaries (used on thread close and by the agent console)."""
from __future__ import annotations

from anthropic import AsyncAnthropic

from ..prompts import SUMMARY_SYSTEM, format_transcript
from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service

SUMMARY_MODEL = "claude-3-5-haiku-latest"


async def summarize_thread(client: AsyncAnthropic, transcript: list[dict], max_tokens: int = 400) -> str:
    msg = await client.messages.create(
        model=SUMMARY_MODEL,
        max_tokens=max_tokens,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": format_transcript(transcript)}],
    )
    return "".join(block.text for block in msg.content if block.type == "text").strip()


async def summarize_thread_tracked(
    client: AsyncAnthropic, transcript: list[dict], tenant: str | None = None
) -> str:
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=SUMMARY_MODEL, feature_context="thread_summary", tenant=tenant
    ) as usage_log:
        msg = await client.messages.create(
            model=SUMMARY_MODEL,
            max_tokens=400,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": format_transcript(transcript)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return "".join(block.text for block in msg.content if block.type == "text").strip()


async def headline(transcript: list[dict]) -> str:
    """Six-word title for the inbox list."""
    return await multi_model_service.generate_response(
        prompt="Give a title of at most six words for this conversation:\n\n" + format_transcript(transcript),
        task_type="thread_headline",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=24,
    )
