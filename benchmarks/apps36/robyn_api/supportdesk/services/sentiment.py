"""Customer sentiment score, used to bump priority on angry tickets."""

from __future__ import annotations

import logging

from supportdesk.llm.prompts import SENTIMENT_SYSTEM
from supportdesk.llm.registry import registry
from supportdesk.services.llm_usage_tracker import llm_tracker
from supportdesk.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


def _to_float(raw: str) -> float:
    try:
        return max(-1.0, min(1.0, float(raw.strip())))
    except ValueError:
        return 0.0


async def score_sentiment(text: str) -> float:
    """Preferred path: goes through the tracked multi-model service."""
    raw = await multi_model_service.generate_response(
        prompt=text[:4000],
        task_type="sentiment",
        complexity=TaskComplexity.SIMPLE,
        system=SENTIMENT_SYSTEM,
        max_tokens=8,
    )
    return _to_float(raw)


async def score_sentiment_tracked_legacy(text: str) -> float:
    """Older path kept for the batch job; wrapped in the tracker by hand."""
    slot = registry.get("sentiment")
    async with llm_tracker.track_llm_call(
        provider=slot.provider, model=slot.model, feature_context="sentiment_batch"
    ) as usage_log:
        response = slot.client.chat.completions.create(
            model=slot.model,
            messages=[
                {"role": "system", "content": SENTIMENT_SYSTEM},
                {"role": "user", "content": text[:4000]},
            ],
            max_tokens=8,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return _to_float(response.choices[0].message.content or "0")


def score_sentiment_sync(client, text: str, model: str = "deepseek-chat") -> float:
    """Sync variant used from the thread-pool jobs. `client` is the deepseek client."""
    response = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": SENTIMENT_SYSTEM},
            {"role": "user", "content": text[:4000]},
        ],
        max_tokens=8,
    )
    return _to_float(response.choices[0].message.content or "0")
