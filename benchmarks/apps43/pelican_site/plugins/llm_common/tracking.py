"""Re-exports of the platform's usage tracker.

The blog shares the company-wide LLM cost dashboard; new code should go through
``multi_model_service.generate_response`` and anything that must call an SDK
directly should wrap the call in ``llm_tracker.track_llm_call``.
"""
from __future__ import annotations

from fieldnotes_platform.services.llm_usage_tracker import llm_tracker
from fieldnotes_platform.services.multi_model_service import (
    TaskComplexity,
    multi_model_service,
)

FEATURE_PREFIX = "blog"


def feature(name: str) -> str:
    return f"{FEATURE_PREFIX}.{name}"


async def tracked_prompt(prompt: str, task: str, *, complex_task: bool = False) -> str:
    response = await multi_model_service.generate_response(
        prompt=prompt,
        task_type=task,
        complexity=TaskComplexity.AGENTIC if complex_task else TaskComplexity.SIMPLE,
    )
    return response.content if hasattr(response, "content") else str(response)


__all__ = ["TaskComplexity", "feature", "llm_tracker", "multi_model_service", "tracked_prompt"]
