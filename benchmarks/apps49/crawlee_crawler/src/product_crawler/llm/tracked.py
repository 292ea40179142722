"""Tracked LLM entry points. New code should use these (or multi_model_service directly)."""

from __future__ import annotations

import logging

from llm_platform.services.llm_usage_tracker import llm_tracker
from llm_platform.services.multi_model_service import TaskComplexity, multi_model_service

from product_crawler.config import get_settings
from product_crawler.llm.clients import get_anthropic_client, get_async_openai_client
from product_crawler.llm.prompts import CLASSIFY_SYSTEM, build_classification_prompt, build_summary_prompt, normalise_category

logger = logging.getLogger(__name__)


async def tracked_summary(title: str, body: str) -> str:
    response = await multi_model_service.generate_response(
        prompt=build_summary_prompt(title, body),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    return response.strip() if isinstance(response, str) else str(response)


async def tracked_classify(title: str, breadcrumbs: list[str], description: str) -> str:
    """Claude classification wrapped with the usage tracker (legacy-exception pattern)."""
    settings = get_settings()
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.classifier_model,
        feature_context="crawler_classification",
    ) as usage_log:
        message = await client.messages.create(
            model=settings.classifier_model,
            max_tokens=16,
            system=CLASSIFY_SYSTEM,
            messages=[{"role": "user", "content": build_classification_prompt(title, breadcrumbs, description)}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return normalise_category(message.content[0].text)


async def tracked_moderation_free_summary(title: str, body: str) -> str:
    settings = get_settings()
    client = get_async_openai_client()
    async with llm_tracker.track_llm_call(
        provider="openai",
        model=settings.summary_model,
        feature_context="crawler_summary",
    ) as usage_log:
        completion = await client.chat.completions.create(
            model=settings.summary_model,
            messages=[{"role": "user", "content": build_summary_prompt(title, body)}],
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    return completion.choices[0].message.content or ""


async def tracked_attribute_report(rows: list[dict]) -> str:
    prompt = "Summarise the attribute coverage of these products:\n" + "\n".join(str(r) for r in rows[:50])
    return await multi_model_service.generate_response(
        prompt=prompt,
        task_type="field_mapping",
        complexity=TaskComplexity.AGENTIC,
    )


async def tracked_gemini_summary(title: str, body: str) -> str:
    """Gemini through the tracker; the usage fields differ from OpenAI's."""
    from product_crawler.llm.clients import get_genai_client

    settings = get_settings()
    client = get_genai_client()
    async with llm_tracker.track_llm_call(
        provider="google",
        model=settings.gemini_model,
        feature_context="crawler_summary_gemini",
    ) as usage_log:
        response = await client.aio.models.generate_content(
            model=settings.gemini_model,
            contents=build_summary_prompt(title, body),
        )
        meta = response.usage_metadata
        usage_log.input_tokens = meta.prompt_token_count or 0
        usage_log.output_tokens = meta.candidates_token_count or 0
    return response.text or ""
