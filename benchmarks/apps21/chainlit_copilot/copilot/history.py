"""Conversation compaction. When the history gets long we fold older turns into a
summary so long calls with a customer do not blow the context window."""
from __future__ import annotations

import logging
from typing import Any

from copilot.config import settings
from copilot.costs import anthropic_prompt_tokens
from copilot.prompts import HISTORY_SUMMARY_PROMPT
from copilot.providers import get_anthropic
from copilot.services import llm_tracker

log = logging.getLogger(__name__)

COMPACT_AT_TOKENS = 24_000


async def maybe_compact(history: list[dict[str, Any]], session_id: str | None = None) -> list[dict[str, Any]]:
    system = history[0]["content"] if history and history[0]["role"] == "system" else ""
    convo = [m for m in history if m["role"] != "system"]
    if len(convo) < 8:
        return history
    tokens = await anthropic_prompt_tokens(settings.anthropic_fast_model, system, convo)
    if tokens < COMPACT_AT_TOKENS:
        return history

    older, recent = convo[:-6], convo[-6:]
    client = get_anthropic()
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.anthropic_fast_model,
        feature_context="history_compaction",
        session_id=session_id,
    ) as usage_log:
        resp = await client.messages.create(
            model=settings.anthropic_fast_model,
            max_tokens=400,
            system=HISTORY_SUMMARY_PROMPT,
            messages=older + [{"role": "user", "content": "Summarize the above."}],
        )
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens

    summary = "".join(b.text for b in resp.content if b.type == "text")
    log.info("compacted %d turns into %d chars", len(older), len(summary))
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": f"(Earlier conversation summary) {summary}"},
        {"role": "assistant", "content": "Understood."},
        *recent,
    ]
