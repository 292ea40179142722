"""Bridge to the platform's usage tracking.

Notebooks that run on the shared kernel (not local laptops) must record spend.
Use `tracked_generate` for new code; for anything that needs a raw SDK object,
wrap the call in `llm_tracker.track_llm_call`.
"""
from __future__ import annotations

from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = ["llm_tracker", "multi_model_service", "TaskComplexity", "tracked_generate"]


async def tracked_generate(prompt: str, task_type: str = "chat", agentic: bool = False) -> str:
    response = await multi_model_service.generate_response(
        prompt=prompt,
        task_type=task_type,
        complexity=TaskComplexity.AGENTIC if agentic else TaskComplexity.SIMPLE,
    )
    return response
