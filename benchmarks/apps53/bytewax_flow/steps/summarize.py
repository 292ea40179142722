"""Conversation summaries with Claude."""
from __future__ import annotations

import asyncio
import logging

from app.services.llm_usage_tracker import llm_tracker
from clients.worker_cache import anthropic_client
from common.config import get_settings
from common.prompts import SUMMARY_SYSTEM
from common.schema import ConversationState

log = logging.getLogger(__name__)

SUMMARY_EVERY_N = 4
MAX_TOKENS = 400


def should_summarise(state: ConversationState) -> bool:
    return len(state.messages) - state.summarised_count >= SUMMARY_EVERY_N


def summarise(state: ConversationState) -> str:
    settings = get_settings()
    client = anthropic_client()
    message = client.messages.create(
        model=settings.models.summary_model,
        max_tokens=MAX_TOKENS,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": state.transcript()}],
    )
    return "".join(block.text for block in message.content if block.type == "text")


def summarise_streaming(state: ConversationState, on_delta=None) -> str:
    """Used by the live agent-assist flow so the sidebar fills in progressively."""
    settings = get_settings()
    parts: list[str] = []
    with anthropic_client().messages.stream(
        model=settings.models.summary_model,
        max_tokens=MAX_TOKENS,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": state.transcript()}],
    ) as stream:
        for text in stream.text_stream:
            parts.append(text)
            if on_delta:
                on_delta(text)
    return "".join(parts)


def transcript_tokens(state: ConversationState) -> int:
    """Pre-flight check so we can fall back to haiku for very long threads."""
    count = anthropic_client().messages.count_tokens(
        model=get_settings().models.summary_model,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": state.transcript()}],
    )
    return count.input_tokens


async def _tracked_summary(state: ConversationState) -> str:
    settings = get_settings()
    model = settings.models.summary_fallback_model
    client = anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="conversation_summary"
    ) as usage_log:
        message = await asyncio.to_thread(
            client.messages.create,
            model=model,
            max_tokens=MAX_TOKENS,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": state.transcript(limit=80)}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return message.content[0].text


def summarise_tracked(state: ConversationState) -> str:
    """New path (TRIAGE-412): tracked summary. Only the long-thread branch uses it so far."""
    return asyncio.run(_tracked_summary(state))


def update_summary(state: ConversationState | None, msg) -> tuple[ConversationState, tuple[str, str] | None]:
    """``op.stateful_map`` mapper: accumulate messages and emit a summary every N messages."""
    if state is None:
        state = ConversationState(conversation_id=msg.conversation_id)
    state.add(msg)
    if not should_summarise(state):
        return state, None
    try:
        if len(state.messages) > 60:
            summary = summarise_tracked(state)
        else:
            summary = summarise(state)
    except Exception:  # noqa: BLE001
        log.exception("summary failed for %s", state.conversation_id)
        return state, None
    state.last_summary = summary
    state.summarised_count = len(state.messages)
    return state, (state.conversation_id, summary)
