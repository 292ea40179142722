"""Half-migrated: the classic summariser wrapped in the usage tracker.

Used when ``settings.use_tracked_service`` is on. The plan is to replace this
with multi_model_service entirely once "classic mode" is gone.
"""
from __future__ import annotations

import asyncio

from tray import services, settings
from tray.llm.tracking import llm_tracker


async def summarize_tracked(text: str) -> str:
    model = settings.load().models.chat
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="classic_summary"
    ) as usage_log:
        response = services.openai_client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Summarize:\n\n" + text}],
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content or ""


def summarize(text: str) -> str:
    return asyncio.run(summarize_tracked(text))
