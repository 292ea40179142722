"""Summaries of documents and support threads."""
from __future__ import annotations

import logging
from typing import List, Optional

from app.clients import get_anthropic_client, get_async_anthropic_client
from app.config import get_config
from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.utils import truncate

logger = logging.getLogger(__name__)

SUMMARY_SYSTEM = "Summarize the document for a support engineer in at most five bullet points."


async def summarize_document(text: str, tenant_id: Optional[str] = None) -> str:
    result = await multi_model_service.generate_response(
        prompt=truncate(text, 24_000),
        task_type="summarization",
        complexity=TaskComplexity.STANDARD,
        system=SUMMARY_SYSTEM,
        tenant_id=tenant_id,
    )
    return result.text


async def summarize_thread(messages: List[str], tenant_id: Optional[str] = None) -> str:
    cfg = get_config()
    client = get_async_anthropic_client()
    joined = "\n---\n".join(messages)
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=cfg.anthropic_model,
        feature_context="thread_summary",
        tenant_id=tenant_id,
    ) as usage_log:
        msg = await client.messages.create(
            model=cfg.anthropic_model,
            max_tokens=600,
            system="Summarize this support thread: problem, what was tried, resolution.",
            messages=[{"role": "user", "content": truncate(joined, 40_000)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def summarize_changelog(entries: List[str]) -> str:
    """Sync helper used by the release-notes cron (not migrated to the tracker yet)."""
    cfg = get_config()
    bullet_list = "\n".join(f"- {e}" for e in entries)
    return (
        get_anthropic_client()
        .messages.create(
            model=cfg.anthropic_model,
            max_tokens=800,
            messages=[{"role": "user", "content": f"Write customer-facing release notes:\n{bullet_list}"}],
        )
        .content[0]
        .text
    )
