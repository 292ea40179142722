"""Page summaries.

``summarise_page`` is the new tracked path. ``legacy_summarise`` is what the
backfill command still uses; it predates the usage tracker.
TODO(anna): move backfill to summarise_page and delete legacy_summarise.
"""
from __future__ import annotations

import logging

import openai
from django.utils.html import strip_tags

from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

SUMMARY_PROMPT = "Summarise this article in two sentences for a listing page:\n\n{body}"


def page_text(page) -> str:
    parts = [page.title]
    body = getattr(page, "body", None)
    if body is not None:
        for block in body:
            if block.block_type in ("paragraph", "rich_text", "quote"):
                parts.append(strip_tags(str(block.value)))
    intro = getattr(page, "intro", "")
    if intro:
        parts.insert(1, strip_tags(intro))
    return "\n\n".join(p for p in parts if p)


async def summarise_page(page) -> str:
    return await multi_model_service.generate_response(
        prompt=SUMMARY_PROMPT.format(body=page_text(page)[:10000]),
        task_type="page_summary",
        complexity=TaskComplexity.SIMPLE,
    )


async def summarise_tracked_openai(page, client) -> str:
    """Variant that keeps the per-site client but still records usage."""
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini", feature_context="page_summary"
    ) as usage_log:
        response = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": SUMMARY_PROMPT.format(body=page_text(page))}],
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


def legacy_summarise(page, model: str = "gpt-3.5-turbo") -> str:
    response = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(body=page_text(page)[:8000])}],
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()
